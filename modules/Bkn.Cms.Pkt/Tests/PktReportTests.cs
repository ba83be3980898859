using Bkn.Cms.Pkt.Models;
using Bkn.Cms.Pkt.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Modules.Pkt;

/// <summary>The monthly report, counted by the database, against a worked example.</summary>
public sealed partial class PktSiteTests
{
    [Fact]
    public async Task The_monthly_report_counts_visits_outcomes_waits_service_times_predictions_and_IKM_of_a_worked_example()
    {
        var day = new DateOnly(2025, 3, 3);
        DateTime At(int hour, int minute) => new(2025, 3, 3, hour, minute, 0, DateTimeKind.Utc);
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DbContext>();
            db.Add(new PktCounter { Code = "LAP", Name = "Loket laporan", Order = 98 });
            db.Add(new PktService { Id = "uji-LAP", CounterCode = "LAP", Name = "Layanan laporan", Requirements = "Surat" });
            PktTicket Visit(int sequence, DateTime issued, int? waitMinutes, PktTicketStatus status, int? serviceMinutes, int? low = null, int? high = null)
            {
                var ticket = NewTicket("LAP", "uji-LAP", day, sequence, issued);
                ticket.Status = status;
                ticket.CalledUtc = waitMinutes is { } w ? issued.AddMinutes(w) : null;
                ticket.StartedUtc = serviceMinutes is null ? null : ticket.CalledUtc;
                ticket.FinishedUtc = serviceMinutes is { } s ? ticket.CalledUtc!.Value.AddMinutes(s) : null;
                ticket.EstimateLowMinutes = low;
                ticket.EstimateHighMinutes = high;
                db.Add(ticket);
                return ticket;
            }

            // Waits 10, 30, 5 and 2 minutes; services 10 and 5; one no-show; one visit sent on to another service (20 min).
            Visit(1, At(1, 0), 10, PktTicketStatus.Done, 10, 5, 15).AppointmentId = 987_654;
            Visit(2, At(1, 0), 30, PktTicketStatus.Done, 5, 0, 10);
            Visit(3, At(2, 0), 5, PktTicketStatus.NoShow, null);
            var sent = Visit(4, At(3, 0), 2, PktTicketStatus.Transferred, 2);
            await db.SaveChangesAsync();
            Visit(5, At(3, 4), 16, PktTicketStatus.Done, 20).TransferredFromId = sent.Id;
            foreach (var value in new[] { 4, 3 })
            {
                db.Add(new PktSurvey { TicketId = 900_000 + value, CounterCode = "LAP", ServiceId = "uji-LAP", Month = "2025-03", SubmittedUtc = At(4, 0), U1 = value, U2 = value, U3 = value, U4 = value, U5 = value, U6 = value, U7 = value, U8 = value, U9 = value });
            }

            await db.SaveChangesAsync();
        }

        await using var check = host.Factory.Services.CreateAsyncScope();
        var report = await check.ServiceProvider.GetRequiredService<PktReports>().MonthAsync(new DateOnly(2025, 3, 1), ["LAP"], CancellationToken.None);

        Assert.Equal(4, report.Visitors); // the transferred visit counts once
        Assert.Equal(3, report.Done);
        Assert.Equal(1, report.NoShows);
        Assert.Equal(1, report.Transferred);
        Assert.Equal(7.5, report.WaitP50); // waits 2, 5, 10, 30
        Assert.Equal(24, report.WaitP90);
        Assert.Equal(10, report.ServiceP50); // services 5, 10, 20
        Assert.Equal(18, report.ServiceP90);
        Assert.Equal(1, report.AppointmentsKept);
        Assert.Equal(2, report.Predicted);
        Assert.Equal(50, report.PredictionWithinRange); // 10 in 5–15; 30 is 20 past 0–10
        Assert.Equal(10, report.PredictionMeanErrorMinutes);
        var perDay = Assert.Single(report.PerDay);
        Assert.Equal(("2025-03-03", 4, 2, 1), (perDay.Key, perDay.Visitors, perDay.Done, perDay.NoShows));
        var counter = Assert.Single(report.PerCounter);
        Assert.Equal("Loket LAP Loket laporan", counter.Label);
        Assert.Equal(87.5, report.Ikm.Ikm); // (4 + 3) / 2 × 25
        Assert.Equal(("B", 2), (report.Ikm.Grade, report.Ikm.Responses));
        Assert.Equal(87.5, Assert.Single(report.IkmPerService).Ikm);
    }
}
