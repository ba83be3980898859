using System.Data.Common;
using Bkn.Cms.Search.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Bkn.Cms.Search.Indexing;

/// <summary>
/// Writes the IndexingTasks rows noted by <see cref="IndexingTaskProvider"/> right before a transaction commits: the
/// item's older row is deleted and a new one inserted, so each item has at most one row and a node that is behind indexes
/// it once. On PostgreSQL, ids come from a sequence at insert time but become visible at commit; a transaction-scoped
/// advisory lock taken just before the insert makes commits happen in id order, so a node that has seen id N has seen
/// every committed id below N. Taken last, the lock is held only while the transaction commits. SQLite has one writer.
/// </summary>
public sealed class IndexingTaskCommitInterceptor(TimeProvider time) : DbTransactionInterceptor
{
    private const string LockSql = "SELECT pg_advisory_xact_lock(4775516348373369411)"; // "BKNSEARC": the search log's lock key

    public override InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        if (eventData.Context is { } db && IndexingTaskProvider.Take(db) is { Count: > 0 } ids)
        {
            if (IsPostgres(db))
            {
                db.Database.ExecuteSqlRaw(LockSql);
            }

            var now = time.GetUtcNow().UtcDateTime;
            db.Set<IndexingTask>().Where(t => ids.Contains(t.ContentItemId)).ExecuteDelete();
            foreach (var id in ids)
            {
                db.Database.ExecuteSql($"INSERT INTO \"IndexingTasks\" (\"ContentItemId\", \"CreatedUtc\") VALUES ({id}, {now})");
            }
        }

        return result;
    }

    public override async ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && IndexingTaskProvider.Take(db) is { Count: > 0 } ids)
        {
            if (IsPostgres(db))
            {
                await db.Database.ExecuteSqlRawAsync(LockSql, cancellationToken);
            }

            var now = time.GetUtcNow().UtcDateTime;
            await db.Set<IndexingTask>().Where(t => ids.Contains(t.ContentItemId)).ExecuteDeleteAsync(cancellationToken);
            foreach (var id in ids)
            {
                await db.Database.ExecuteSqlAsync($"INSERT INTO \"IndexingTasks\" (\"ContentItemId\", \"CreatedUtc\") VALUES ({id}, {now})", cancellationToken);
            }
        }

        return result;
    }

    // A rolled-back transaction changed nothing: what it noted is forgotten.
    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } db)
        {
            IndexingTaskProvider.Take(db);
        }
    }

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionRolledBack(transaction, eventData);
        return Task.CompletedTask;
    }

    private static bool IsPostgres(DbContext db) => db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;
}
