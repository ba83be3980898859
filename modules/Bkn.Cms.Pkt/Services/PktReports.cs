using System.Globalization;
using Bkn.Cms.Pkt.Models;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Pkt.Services;

public sealed record PktCount(string Key, string Label, int Visitors, int Done, int NoShows);

public sealed record PktIkmRow(string Key, string Label, int Responses, double Ikm, string Grade);

/// <summary>The figures of one month (site time).</summary>
public sealed record PktMonthReport(
    string Month,
    int Visitors,
    int Done,
    int NoShows,
    int Transferred,
    double WaitP50,
    double WaitP90,
    double ServiceP50,
    double ServiceP90,
    int Appointments,
    int AppointmentsKept,
    int Predicted,
    double PredictionWithinRange,
    double PredictionMeanErrorMinutes,
    IReadOnlyList<PktCount> PerDay,
    IReadOnlyList<PktCount> PerService,
    IReadOnlyList<PktCount> PerCounter,
    PktIkmRow Ikm,
    IReadOnlyList<PktIkmRow> IkmPerCounter,
    IReadOnlyList<PktIkmRow> IkmPerService);

/// <summary>Monthly reports: visitors per day, service and counter, wait and service time p50/p90, no-shows, appointments kept, prediction error and IKM.</summary>
public sealed class PktReports(DbContext db)
{
    public static bool TryParseMonth(string? text, out DateOnly first) =>
        DateOnly.TryParseExact((text ?? "") + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out first);

    /// <summary>The month's figures for the given counters (the caller's unit scope).</summary>
    public async Task<PktMonthReport> MonthAsync(DateOnly first, IReadOnlyCollection<string> counterCodes, CancellationToken cancellationToken)
    {
        var end = first.AddMonths(1);
        var month = first.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var rows = await db.Set<PktTicket>().AsNoTracking()
            .Where(t => t.Day >= first && t.Day < end && counterCodes.Contains(t.CounterCode))
            .Select(t => new Row(t.Day, t.CounterCode, t.ServiceId, t.Status, t.IssuedUtc, t.CalledUtc, t.StartedUtc, t.FinishedUtc, t.AppointmentId, t.EstimateLowMinutes, t.EstimateHighMinutes, t.TransferredFromId))
            .ToListAsync(cancellationToken);
        var counters = await db.Set<PktCounter>().AsNoTracking().OrderBy(c => c.Order).ToDictionaryAsync(c => c.Code, c => c.Name, cancellationToken);
        var services = await db.Set<PktService>().AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var surveys = await db.Set<PktSurvey>().AsNoTracking().Where(s => s.Month == month && counterCodes.Contains(s.CounterCode)).ToListAsync(cancellationToken);
        var serviceIds = await db.Set<PktService>().Where(s => counterCodes.Contains(s.CounterCode)).Select(s => s.Id).ToListAsync(cancellationToken);
        var appointments = await db.Set<PktAppointment>().AsNoTracking().CountAsync(a => a.Date >= first && a.Date < end && a.Status != PktAppointmentStatus.Cancelled && serviceIds.Contains(a.ServiceId), cancellationToken);

        var visits = rows.Where(r => r.TransferredFromId is null).ToList();
        var waits = rows.Where(r => r.CalledUtc is not null && r.TransferredFromId is null).Select(r => (r.CalledUtc!.Value - r.IssuedUtc).TotalMinutes).Order().ToList();
        var serviceTimes = rows.Where(r => r.Status == PktTicketStatus.Done && r.StartedUtc is not null).Select(r => (r.FinishedUtc!.Value - r.StartedUtc!.Value).TotalMinutes).Order().ToList();
        var predicted = rows.Where(r => r.CalledUtc is not null && r.EstimateHighMinutes is not null && r.TransferredFromId is null)
            .Select(r => (Actual: (r.CalledUtc!.Value - r.IssuedUtc).TotalMinutes, Low: (double)r.EstimateLowMinutes!.Value, High: (double)r.EstimateHighMinutes!.Value))
            .ToList();

        static PktCount Count(string key, string label, IEnumerable<Row> group)
        {
            var list = group.ToList();
            return new PktCount(key, label, list.Count, list.Count(r => r.Status == PktTicketStatus.Done), list.Count(r => r.Status == PktTicketStatus.NoShow));
        }

        return new PktMonthReport(
            month,
            visits.Count,
            rows.Count(r => r.Status == PktTicketStatus.Done),
            rows.Count(r => r.Status == PktTicketStatus.NoShow),
            rows.Count(r => r.Status == PktTicketStatus.Transferred),
            Round(PktWaitEstimator.Percentile(waits, 0.5)),
            Round(PktWaitEstimator.Percentile(waits, 0.9)),
            Round(PktWaitEstimator.Percentile(serviceTimes, 0.5)),
            Round(PktWaitEstimator.Percentile(serviceTimes, 0.9)),
            appointments,
            rows.Count(r => r.AppointmentId is not null && r.Status == PktTicketStatus.Done),
            predicted.Count,
            predicted.Count == 0 ? 0 : Math.Round(100.0 * predicted.Count(p => p.Actual >= p.Low && p.Actual <= p.High) / predicted.Count, 1),
            predicted.Count == 0 ? 0 : Round(predicted.Average(p => p.Actual < p.Low ? p.Low - p.Actual : p.Actual > p.High ? p.Actual - p.High : 0)),
            visits.GroupBy(r => r.Day).OrderBy(g => g.Key).Select(g => Count(g.Key.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), g.Key.ToString("ddd dd-MM", CultureInfo.GetCultureInfo("id-ID")), g)).ToList(),
            visits.GroupBy(r => r.ServiceId).OrderBy(g => g.Key).Select(g => Count(g.Key, services.GetValueOrDefault(g.Key, g.Key), g)).ToList(),
            visits.GroupBy(r => r.CounterCode).OrderBy(g => g.Key).Select(g => Count(g.Key, $"Loket {g.Key} {counters.GetValueOrDefault(g.Key, "")}".Trim(), g)).ToList(),
            Ikm("", "PKT", surveys),
            surveys.GroupBy(s => s.CounterCode).OrderBy(g => g.Key).Select(g => Ikm(g.Key, $"Loket {g.Key} {counters.GetValueOrDefault(g.Key, "")}".Trim(), g)).ToList(),
            surveys.GroupBy(s => s.ServiceId).OrderBy(g => g.Key).Select(g => Ikm(g.Key, services.GetValueOrDefault(g.Key, g.Key), g)).ToList());
    }

    private static PktIkmRow Ikm(string key, string label, IEnumerable<PktSurvey> surveys)
    {
        var list = surveys.ToList();
        var ikm = PktSkm.Ikm(list.Select(s => s.Values()));
        return new PktIkmRow(key, label, list.Count, ikm, list.Count == 0 ? "-" : PktSkm.Grade(ikm));
    }

    private sealed record Row(DateOnly Day, string CounterCode, string ServiceId, PktTicketStatus Status, DateTime IssuedUtc, DateTime? CalledUtc, DateTime? StartedUtc, DateTime? FinishedUtc, long? AppointmentId, int? EstimateLowMinutes, int? EstimateHighMinutes, long? TransferredFromId);

    private static double Round(double value) => Math.Round(value, 1);

    public static byte[] Excel(PktMonthReport report)
    {
        using var workbook = new XLWorkbook();
        var summary = workbook.Worksheets.Add("Ringkasan");
        var lines = new (string, object)[]
        {
            ("Bulan", report.Month), ("Pengunjung", report.Visitors), ("Selesai dilayani", report.Done), ("Tidak hadir", report.NoShows),
            ("Dialihkan", report.Transferred), ("Waktu tunggu p50 (menit)", report.WaitP50), ("Waktu tunggu p90 (menit)", report.WaitP90),
            ("Waktu layanan p50 (menit)", report.ServiceP50), ("Waktu layanan p90 (menit)", report.ServiceP90),
            ("Janji temu", report.Appointments), ("Janji temu ditepati", report.AppointmentsKept),
            ("Perkiraan tepat dalam rentang (%)", report.PredictionWithinRange), ("Rata-rata selisih di luar rentang (menit)", report.PredictionMeanErrorMinutes),
            ("IKM", report.Ikm.Ikm), ("Mutu pelayanan", report.Ikm.Grade),
        };
        for (var i = 0; i < lines.Length; i++)
        {
            summary.Cell(i + 1, 1).Value = lines[i].Item1;
            summary.Cell(i + 1, 2).Value = lines[i].Item2?.ToString();
        }

        void Counts(string name, IReadOnlyList<PktCount> counts)
        {
            var sheet = workbook.Worksheets.Add(name);
            sheet.Cell(1, 1).Value = name;
            sheet.Cell(1, 2).Value = "Pengunjung";
            sheet.Cell(1, 3).Value = "Selesai";
            sheet.Cell(1, 4).Value = "Tidak hadir";
            for (var i = 0; i < counts.Count; i++)
            {
                sheet.Cell(i + 2, 1).Value = counts[i].Label;
                sheet.Cell(i + 2, 2).Value = counts[i].Visitors;
                sheet.Cell(i + 2, 3).Value = counts[i].Done;
                sheet.Cell(i + 2, 4).Value = counts[i].NoShows;
            }
        }

        Counts("Per hari", report.PerDay);
        Counts("Per layanan", report.PerService);
        Counts("Per loket", report.PerCounter);
        var ikm = workbook.Worksheets.Add("IKM");
        ikm.Cell(1, 1).Value = "Unit layanan";
        ikm.Cell(1, 2).Value = "Responden";
        ikm.Cell(1, 3).Value = "IKM";
        ikm.Cell(1, 4).Value = "Mutu";
        var row = 2;
        foreach (var r in report.IkmPerCounter.Concat(report.IkmPerService).Prepend(report.Ikm))
        {
            ikm.Cell(row, 1).Value = r.Label;
            ikm.Cell(row, 2).Value = r.Responses;
            ikm.Cell(row, 3).Value = r.Ikm;
            ikm.Cell(row, 4).Value = r.Grade;
            row++;
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
