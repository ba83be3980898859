using Bkn.Cms.Data;
using Bkn.Cms.Sapk.Models;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Sapk.Services;

/// <summary>
/// Replaces whole periods of figures: for every period in the records, the old figures go and the new ones are
/// written, all in one transaction (the caller's, or one of its own), so a period is never half replaced and replacing
/// it twice with the same records leaves the same rows. The figures are written with the engine's bulk inserter
/// (binary COPY on PostgreSQL, a prepared INSERT re-bound per row on SQLite) inside that transaction.
/// </summary>
public sealed class SapkFigureStore(DbContext db, IBulkInserter bulk, SapkPublicCache publicCache, SapkSummaryCache summaryCache, TimeProvider time)
{
    /// <summary>Replaces the periods of <paramref name="records"/>; the periods' state (confirmed or waiting) is set as given.</summary>
    public async Task ReplaceAsync(IReadOnlyList<SapkRecord> records, SapkSource source, bool confirm, string actor, Guid? batchId, CancellationToken cancellationToken)
    {
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var now = time.GetUtcNow().UtcDateTime;
            var groups = records.GroupBy(r => r.Period).ToList();
            var periods = groups.Select(g => g.Key).ToList();
            var existing = await db.Set<SapkPeriod>().Where(p => periods.Contains(p.Period)).ToDictionaryAsync(p => p.Period, cancellationToken);

            // The public figures change when a period is confirmed, or when a confirmed one goes back to waiting.
            var publicChange = confirm || existing.Values.Any(p => p.Confirmed);

            await db.Set<SapkModuleFigure>().Where(f => periods.Contains(f.Period)).ExecuteDeleteAsync(cancellationToken);
            await db.Set<SapkFigure>().Where(f => periods.Contains(f.Period)).ExecuteDeleteAsync(cancellationToken);
            await bulk.InsertAsync(db, records.Select(r => new SapkFigure
            {
                Period = r.Period,
                AgencyCode = r.AgencyCode,
                ActiveUsers = r.ActiveUsers,
                InactiveUsers = r.InactiveUsers,
                LastLogin = r.LastLogin,
            }), cancellationToken);
            await bulk.InsertAsync(db, records.SelectMany(r => r.Modules.Select(m => new SapkModuleFigure
            {
                Period = r.Period,
                AgencyCode = r.AgencyCode,
                Module = m.Key,
                Users = m.Value.Users,
                Transactions = m.Value.Transactions,
            })), cancellationToken);

            foreach (var group in groups)
            {
                var period = group.Key;
                if (!existing.TryGetValue(period, out var row))
                {
                    row = new SapkPeriod { Period = period };
                    db.Add(row);
                }

                row.Source = source;
                row.UpdatedUtc = now;
                row.BatchId = batchId;
                row.AgencyCount = group.Count();
                row.ActiveUsers = group.Sum(r => (long)r.ActiveUsers);
                row.InactiveUsers = group.Sum(r => (long)r.InactiveUsers);
                row.Confirmed = confirm;
                row.ConfirmedUtc = confirm ? now : null;
                row.ConfirmedBy = confirm ? actor : null;
            }

            await db.SaveChangesAsync(cancellationToken);
            if (publicChange)
            {
                await publicCache.InvalidateAsync(db, cancellationToken);
                summaryCache.Clear();
            }

            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    /// <summary>Confirms a waiting period; false when there is no such period.</summary>
    public async Task<bool> ConfirmAsync(int period, string actor, CancellationToken cancellationToken)
    {
        var row = await db.Set<SapkPeriod>().FirstOrDefaultAsync(p => p.Period == period, cancellationToken);
        if (row is null)
        {
            return false;
        }

        if (!row.Confirmed)
        {
            row.Confirmed = true;
            row.ConfirmedUtc = time.GetUtcNow().UtcDateTime;
            row.ConfirmedBy = actor;
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await publicCache.InvalidateAsync(db, cancellationToken);
            summaryCache.Clear();
            await transaction.CommitAsync(cancellationToken);
        }

        return true;
    }
}
