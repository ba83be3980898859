using Bkn.Cms.Agencies;
using Bkn.Cms.WebService.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Bkn.Cms.WebService.Services;

/// <summary>One day of an agency's calls: count, errors (status 400 and above) and the 95th percentile duration.</summary>
public sealed record WsUsageDay(DateOnly Date, int Calls, int Errors, double P95Ms);

/// <summary>An agency's totals over the period.</summary>
public sealed record WsUsageAgency(Guid AgencyId, int Calls, int Errors, int Refused);

/// <summary>Usage numbers from the call audit, by day in the site's time zone (WIB by default).</summary>
public sealed class WsUsageReports(DbContext db, WsAuditWriter audit, TimeProvider clock, IConfiguration configuration)
{
    public const int MaxDays = 90;

    private TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(configuration["App:TimeZone"] ?? "Asia/Jakarta");

    public async Task<IReadOnlyList<WsUsageAgency>> AgenciesAsync(AgencyScope scope, int days, CancellationToken cancellationToken)
    {
        await audit.FlushAsync(cancellationToken);
        var from = clock.GetUtcNow().UtcDateTime.AddDays(-days);
        var rows = await db.Set<WsCall>().AsNoTracking()
            .Where(c => c.AtUtc >= from && c.AgencyId != null)
            .GroupBy(c => c.AgencyId)
            .Select(g => new { AgencyId = g.Key!.Value, Calls = g.Count(), Errors = g.Count(c => c.Status >= 400), Refused = g.Count(c => c.Refusal == WsRefusals.Address) })
            .ToListAsync(cancellationToken);
        return [.. rows.Where(r => scope.Contains(r.AgencyId)).Select(r => new WsUsageAgency(r.AgencyId, r.Calls, r.Errors, r.Refused)).OrderByDescending(r => r.Calls)];
    }

    public async Task<IReadOnlyList<WsUsageDay>> DailyAsync(Guid agencyId, int days, CancellationToken cancellationToken)
    {
        await audit.FlushAsync(cancellationToken);
        var zone = Zone;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(clock.GetUtcNow().UtcDateTime, zone));
        var firstDay = today.AddDays(1 - days);
        var from = TimeZoneInfo.ConvertTimeToUtc(firstDay.ToDateTime(TimeOnly.MinValue), zone);
        var rows = await db.Set<WsCall>().AsNoTracking()
            .Where(c => c.AgencyId == agencyId && c.AtUtc >= from)
            .Select(c => new { c.AtUtc, c.Status, c.DurationMs })
            .ToListAsync(cancellationToken);
        var byDay = rows.GroupBy(r => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(r.AtUtc, DateTimeKind.Utc), zone)))
            .ToDictionary(g => g.Key, g => g.ToList());
        var result = new List<WsUsageDay>(days);
        for (var day = firstDay; day <= today; day = day.AddDays(1))
        {
            if (byDay.TryGetValue(day, out var calls))
            {
                result.Add(new WsUsageDay(day, calls.Count, calls.Count(c => c.Status >= 400), Percentile95([.. calls.Select(c => c.DurationMs)])));
            }
            else
            {
                result.Add(new WsUsageDay(day, 0, 0, 0));
            }
        }

        return result;
    }

    /// <summary>Calls refused because of their address, newest first: the alerts list.</summary>
    public async Task<IReadOnlyList<WsCall>> AlertsAsync(AgencyScope scope, int take, CancellationToken cancellationToken)
    {
        await audit.FlushAsync(cancellationToken);
        var rows = await db.Set<WsCall>().AsNoTracking()
            .Where(c => c.Refusal == WsRefusals.Address)
            .OrderByDescending(c => c.AtUtc).ThenByDescending(c => c.Id)
            .Take(take * 4)
            .ToListAsync(cancellationToken);
        return [.. rows.Where(r => scope.AllAgencies || (r.AgencyId is { } id && scope.Contains(id))).Take(take)];
    }

    /// <summary>The nearest-rank 95th percentile.</summary>
    public static double Percentile95(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(0.95 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
