using System.Globalization;
using Bkn.Cms.Data;
using Bkn.Cms.Helpdesk.Models;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Helpdesk.Services;

/// <summary>Atomic counters in plain SQL understood by SQLite and PostgreSQL alike (upsert, UPDATE … RETURNING).</summary>
public static class HelpdeskSql
{
    /// <summary>
    /// Takes the next <paramref name="count"/> ticket numbers of a year and returns the last (two autocommitted statements;
    /// the UPDATE … RETURNING is atomic, so two nodes never get the same range).
    /// </summary>
    public static async Task<long> ReserveNumbersAsync(DbContext db, int year, int count, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO \"HelpdeskCounters\" (\"Year\", \"Value\") VALUES ({0}, 0) ON CONFLICT (\"Year\") DO NOTHING", [year], cancellationToken);
        var values = await db.Database
            .SqlQueryRaw<long>("UPDATE \"HelpdeskCounters\" SET \"Value\" = \"Value\" + {1} WHERE \"Year\" = {0} RETURNING \"Value\" AS \"Value\"", year, (long)count)
            .ToListAsync(cancellationToken);
        return values[0];
    }

    /// <summary>
    /// Marks a captcha nonce as used (autocommitted, at once visible to every node); a nonce already used stays so. The
    /// row goes when the challenge would have expired anyway (the SLA sweep removes expired rows).
    /// </summary>
    public static Task UseCaptchaNonceAsync(DbContext db, string nonce, DateTime expiresUtc, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(
            "INSERT INTO \"HelpdeskCaptchaUses\" (\"Nonce\", \"ExpiresUtc\") VALUES ({0}, {1}) ON CONFLICT (\"Nonce\") DO NOTHING", [nonce, expiresUtc], cancellationToken);

    /// <summary>A ticket number, e.g. HD-2026-000123.</summary>
    public static string FormatNumber(int year, long value) => string.Create(CultureInfo.InvariantCulture, $"HD-{year}-{value:D6}");

    /// <summary>
    /// Adds <paramref name="delta"/> to the count of a team's tickets in a status. Inside a transaction the change is
    /// kept and applied as the transaction commits (<see cref="HelpdeskCountsCommitParticipant"/>): the count rows are
    /// shared by every ticket of a team, and a row updated mid-transaction stays locked until the commit, which
    /// serialised whole submissions on PostgreSQL. Outside a transaction it is applied at once.
    /// </summary>
    public static Task AddCountAsync(DbContext db, string teamId, TicketStatus status, long delta, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            return ApplyCountAsync(db, teamId, (int)status, delta, cancellationToken);
        }

        var pending = CommitWork.State<PendingQueueCounts>(db).Deltas;
        pending[(teamId, (int)status)] = pending.GetValueOrDefault((teamId, (int)status)) + delta;
        return Task.CompletedTask;
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
        CommitWork.Find<PendingQueueCounts>(db)?.Deltas.Clear();
        await db.Set<HelpdeskQueueCount>().ExecuteDeleteAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO \"HelpdeskQueueCounts\" (\"TeamId\", \"Status\", \"Count\") SELECT \"TeamId\", \"Status\", COUNT(*) FROM \"HelpdeskTickets\" GROUP BY \"TeamId\", \"Status\"",
            cancellationToken);
    }
}

/// <summary>Queue-count changes a transaction made, applied at its commit.</summary>
internal sealed class PendingQueueCounts
{
    public SortedDictionary<(string TeamId, int Status), long> Deltas { get; } = new(Comparer<(string TeamId, int Status)>.Create(
        (a, b) => string.CompareOrdinal(a.TeamId, b.TeamId) is var byTeam and not 0 ? byTeam : a.Status.CompareTo(b.Status)));
}

/// <summary>Applies the kept queue-count changes as the last statements before the commit, in key order (a fixed lock order).</summary>
internal sealed class HelpdeskCountsCommitParticipant : ICommitParticipant
{
    public int Order => 200;

    public async Task CommittingAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (CommitWork.Find<PendingQueueCounts>(db) is not { } pending)
        {
            return;
        }

        foreach (var ((teamId, status), delta) in pending.Deltas.Where(d => d.Value != 0))
        {
            await HelpdeskSql.ApplyCountAsync(db, teamId, status, delta, cancellationToken);
        }

        pending.Deltas.Clear();
    }
}
