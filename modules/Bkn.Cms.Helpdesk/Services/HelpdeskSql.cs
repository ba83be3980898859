using System.Globalization;
using Bkn.Cms.Helpdesk.Models;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Helpdesk.Services;

/// <summary>Atomic counters in plain SQL understood by SQLite and PostgreSQL alike (upsert, UPDATE … RETURNING).</summary>
public static class HelpdeskSql
{
    /// <summary>The next ticket number of the year, e.g. HD-2026-000123. Call inside the ticket's transaction.</summary>
    public static async Task<string> NextNumberAsync(DbContext db, int year, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO \"HelpdeskCounters\" (\"Year\", \"Value\") VALUES ({0}, 0) ON CONFLICT (\"Year\") DO NOTHING", [year], cancellationToken);
        var values = await db.Database
            .SqlQueryRaw<long>("UPDATE \"HelpdeskCounters\" SET \"Value\" = \"Value\" + 1 WHERE \"Year\" = {0} RETURNING \"Value\" AS \"Value\"", year)
            .ToListAsync(cancellationToken);
        return FormatNumber(year, values[0]);
    }

    public static string FormatNumber(int year, long value) => string.Create(CultureInfo.InvariantCulture, $"HD-{year}-{value:D6}");

    /// <summary>Adds <paramref name="delta"/> to the count of a team's tickets in a status.</summary>
    public static Task AddCountAsync(DbContext db, string teamId, TicketStatus status, long delta, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(
            "INSERT INTO \"HelpdeskQueueCounts\" (\"TeamId\", \"Status\", \"Count\") VALUES ({0}, {1}, {2}) ON CONFLICT (\"TeamId\", \"Status\") DO UPDATE SET \"Count\" = \"HelpdeskQueueCounts\".\"Count\" + excluded.\"Count\"",
            [teamId, (int)status, delta],
            cancellationToken);

    /// <summary>Moves one ticket's count from one team/status to another.</summary>
    public static async Task MoveCountAsync(DbContext db, string fromTeam, TicketStatus from, string toTeam, TicketStatus to, CancellationToken cancellationToken)
    {
        if (fromTeam == toTeam && from == to)
        {
            return;
        }

        await AddCountAsync(db, fromTeam, from, -1, cancellationToken);
        await AddCountAsync(db, toTeam, to, 1, cancellationToken);
    }

    /// <summary>Recomputes every count from the tickets (after bulk imports or a repair).</summary>
    public static async Task RebuildCountsAsync(DbContext db, CancellationToken cancellationToken)
    {
        await db.Set<HelpdeskQueueCount>().ExecuteDeleteAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO \"HelpdeskQueueCounts\" (\"TeamId\", \"Status\", \"Count\") SELECT \"TeamId\", \"Status\", COUNT(*) FROM \"HelpdeskTickets\" GROUP BY \"TeamId\", \"Status\"",
            cancellationToken);
    }
}
