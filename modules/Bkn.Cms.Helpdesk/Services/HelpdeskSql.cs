using System.Globalization;
using Bkn.Cms.Helpdesk.Models;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Helpdesk.Services;

/// <summary>Atomic counters in plain SQL understood by SQLite and PostgreSQL alike (upsert, UPDATE … RETURNING).</summary>
public static class HelpdeskSql
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, Dictionary<(string TeamId, int Status), long>> PendingCounts = [];

    /// <summary>The next ticket number of the year, e.g. HD-2026-000123 (two autocommitted statements; the UPDATE … RETURNING is atomic).</summary>
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

    /// <summary>
    /// Adds <paramref name="delta"/> to the count of a team's tickets in a status. Inside a transaction the change is
    /// kept and applied as the transaction commits (<see cref="HelpdeskCountsCommitInterceptor"/>): the count rows are
    /// shared by every ticket of a team, and a row updated mid-transaction stays locked until the commit, which
    /// serialised whole submissions on PostgreSQL. Outside a transaction it is applied at once.
    /// </summary>
    public static Task AddCountAsync(DbContext db, string teamId, TicketStatus status, long delta, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            return ApplyCountAsync(db, teamId, (int)status, delta, cancellationToken);
        }

        var pending = PendingCounts.GetOrCreateValue(db);
        lock (pending)
        {
            pending[(teamId, (int)status)] = pending.GetValueOrDefault((teamId, (int)status)) + delta;
        }

        return Task.CompletedTask;
    }

    /// <summary>The count changes kept since the last commit or rollback, non-zero ones in key order (a fixed lock order).</summary>
    internal static List<((string TeamId, int Status) Key, long Delta)> TakePendingCounts(DbContext db)
    {
        if (!PendingCounts.TryGetValue(db, out var pending))
        {
            return [];
        }

        lock (pending)
        {
            var taken = pending.Where(p => p.Value != 0).OrderBy(p => p.Key.TeamId, StringComparer.Ordinal).ThenBy(p => p.Key.Status)
                .Select(p => (p.Key, p.Value)).ToList();
            pending.Clear();
            return taken;
        }
    }

    internal static Task ApplyCountAsync(DbContext db, string teamId, int status, long delta, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(
            "INSERT INTO \"HelpdeskQueueCounts\" (\"TeamId\", \"Status\", \"Count\") VALUES ({0}, {1}, {2}) ON CONFLICT (\"TeamId\", \"Status\") DO UPDATE SET \"Count\" = \"HelpdeskQueueCounts\".\"Count\" + excluded.\"Count\"",
            [teamId, status, delta],
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
        // The recount sees this transaction's own tickets: changes kept for the commit are already in it.
        TakePendingCounts(db);
        await db.Set<HelpdeskQueueCount>().ExecuteDeleteAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO \"HelpdeskQueueCounts\" (\"TeamId\", \"Status\", \"Count\") SELECT \"TeamId\", \"Status\", COUNT(*) FROM \"HelpdeskTickets\" GROUP BY \"TeamId\", \"Status\"",
            cancellationToken);
    }
}
