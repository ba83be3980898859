using Bkn.Cms.Contents.Services;
using Bkn.Cms.Pkt.Models;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Pkt.Services;

/// <summary>
/// Generates past working days of visits (for the estimates and reports): arrivals with a morning peak, a simple
/// simulation of the counter's desks, service times per service, a few no-shows and priority visitors, and surveys
/// for about a third of the finished visits. Seeded, so every set-up site has the same history.
/// </summary>
public sealed class PktSampleHistory(DbContext db, SiteClock clock, TimeProvider time)
{
    private static readonly Dictionary<string, int> VisitorsPerDay = new() { ["A"] = 38, ["B"] = 30, ["C"] = 22, ["D"] = 8, ["E"] = 18, ["F"] = 34 };

    public async Task<int> GenerateAsync(int days, CancellationToken cancellationToken)
    {
        var random = new Random(2017);
        var counters = await db.Set<PktCounter>().AsNoTracking().OrderBy(c => c.Order).ToListAsync(cancellationToken);
        var services = await db.Set<PktService>().AsNoTracking().ToListAsync(cancellationToken);
        var desks = await db.Set<PktDesk>().AsNoTracking().ToListAsync(cancellationToken);
        var holidays = (await db.Set<PktHoliday>().AsNoTracking().Select(h => h.Date).ToListAsync(cancellationToken)).ToHashSet();
        var calendar = new PktCalendar(PktCalendar.DefaultHours(), holidays);
        var today = DateOnly.FromDateTime(clock.ToLocal(time.GetUtcNow().UtcDateTime));
        var tickets = new List<PktTicket>();

        for (var day = today.AddDays(-days); day < today; day = day.AddDays(1))
        {
            if (!calendar.IsWorkingDay(day))
            {
                continue;
            }

            var hours = calendar.Hours[day.DayOfWeek];
            foreach (var counter in counters)
            {
                var counterServices = services.Where(s => s.CounterCode == counter.Code).ToList();
                var counterDesks = desks.Where(d => d.CounterCode == counter.Code).Select(d => d.Code).ToList();
                if (counterServices.Count == 0 || counterDesks.Count == 0)
                {
                    continue;
                }

                var visitors = (int)(VisitorsPerDay.GetValueOrDefault(counter.Code, 15) * (0.8 + (random.NextDouble() * 0.4)));
                var open = hours.Open.ToTimeSpan().TotalMinutes;
                var close = hours.Close.ToTimeSpan().TotalMinutes - 30;
                var arrivals = Enumerable.Range(0, visitors)
                    .Select(_ => open + (Math.Pow(random.NextDouble(), 1.6) * (close - open)))
                    .Where(m => !hours.Breaks.Any(b => m >= b.Start.ToTimeSpan().TotalMinutes && m < b.End.ToTimeSpan().TotalMinutes))
                    .Order().ToList();
                var free = counterDesks.ToDictionary(d => d, _ => open);
                var sequence = 0;
                foreach (var arrival in arrivals)
                {
                    sequence++;
                    var service = counterServices[random.Next(counterServices.Count)];
                    var baseMinutes = 6 + (service.Order * 3) + (counter.Code == "F" ? -2 : 0);
                    var serviceMinutes = Math.Max(2, baseMinutes * (0.6 + (random.NextDouble() * 0.9)));
                    var desk = free.MinBy(d => d.Value).Key;
                    var called = Math.Max(arrival + 0.5, free[desk]);
                    var ahead = tickets.Count(t => t.Day == day && t.CounterCode == counter.Code && t.CalledUtc > Utc(day, arrival));
                    var noShow = random.NextDouble() < 0.04;
                    var started = called + 1 + random.NextDouble();
                    var finished = started + serviceMinutes;
                    var ticket = new PktTicket
                    {
                        Code = PktCodes.New(),
                        CounterCode = counter.Code,
                        ServiceId = service.Id,
                        Day = day,
                        Sequence = sequence,
                        Number = $"{counter.Code}-{sequence:000}",
                        Priority = random.NextDouble() < 0.08,
                        IssuedUtc = Utc(day, arrival),
                        QueueUtc = Utc(day, arrival),
                        CalledUtc = Utc(day, called),
                        DeskCode = desk,
                        EstimateLowMinutes = (int)(ahead * 5.0 / counterDesks.Count),
                        EstimateHighMinutes = (int)Math.Ceiling(((ahead + 1) * 11.0 / counterDesks.Count) + 4),
                    };
                    if (noShow)
                    {
                        ticket.Status = PktTicketStatus.NoShow;
                        ticket.Recalls = 3;
                        ticket.FinishedUtc = Utc(day, called + 3);
                        free[desk] = called + 3;
                    }
                    else
                    {
                        ticket.Status = PktTicketStatus.Done;
                        ticket.StartedUtc = Utc(day, started);
                        ticket.FinishedUtc = Utc(day, finished);
                        ticket.Outcome = random.NextDouble() switch { < 0.75 => PktOutcome.Selesai, < 0.92 => PktOutcome.Ditindaklanjuti, _ => PktOutcome.Dirujuk };
                        ticket.DocumentsReceived = string.Join('\n', service.RequirementList().Where(_ => random.NextDouble() < 0.8));
                        free[desk] = finished;
                    }

                    tickets.Add(ticket);
                }
            }
        }

        db.AddRange(tickets);
        await db.SaveChangesAsync(cancellationToken);

        var surveys = new List<PktSurvey>();
        foreach (var ticket in tickets.Where(t => t.Status == PktTicketStatus.Done && random.NextDouble() < 0.35))
        {
            int Value() => random.NextDouble() switch { < 0.03 => 2, < 0.45 => 3, _ => 4 };
            var submitted = ticket.FinishedUtc!.Value.AddMinutes(3);
            surveys.Add(new PktSurvey
            {
                TicketId = ticket.Id,
                CounterCode = ticket.CounterCode,
                ServiceId = ticket.ServiceId,
                SubmittedUtc = submitted,
                Month = clock.ToLocal(submitted).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
                U1 = Value(), U2 = Value(), U3 = Value(), U4 = 4, U5 = Value(), U6 = Value(), U7 = Value(), U8 = Value(), U9 = Value(),
            });
        }

        db.AddRange(surveys);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return tickets.Count;
    }

    private DateTime Utc(DateOnly day, double minutes) => clock.ToUtc(day.ToDateTime(TimeOnly.MinValue).AddMinutes(minutes));
}
