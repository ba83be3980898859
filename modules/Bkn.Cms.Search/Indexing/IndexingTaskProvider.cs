using Bkn.Cms.ContentManagement;
using Bkn.Cms.Data;
using Bkn.Cms.Search.Models;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Search.Indexing;

/// <summary>
/// Notes "this item changed" for every searchable content type; <see cref="IndexingTaskCommitParticipant"/> writes the
/// IndexingTasks rows as the transaction commits. Registered outside the feature gate (factory registration) so changes
/// made while search is off are not missed.
/// </summary>
public sealed class IndexingTaskProvider : IContentIndexProvider
{
    public bool Handles(ContentTypeDefinition definition) => definition.Settings.Searchable;

    public Task UpdateAsync(DbContext db, string contentItemId, ContentItem? latest, ContentItem? published, CancellationToken cancellationToken)
    {
        SearchReindexRequests.Request(db, contentItemId);
        return Task.CompletedTask;
    }
}

/// <summary>
/// Writes the IndexingTasks rows of the items noted by <see cref="IndexingTaskProvider"/> as the last statements before
/// the commit: the item's older row is deleted and a new one inserted, so each item has at most one row and a node that
/// is behind indexes it once. On PostgreSQL, ids come from a sequence at insert time but become visible at commit; a
/// transaction-scoped advisory lock taken just before the insert makes commits happen in id order, so a node that has
/// seen id N has seen every committed id below N. Taken last, the lock is held only while the transaction commits and
/// is never part of a lock-order cycle. SQLite has one writer.
/// </summary>
internal sealed class IndexingTaskCommitParticipant(TimeProvider time) : ICommitParticipant
{
    private const string LockSql = "SELECT pg_advisory_xact_lock(4775516348373369411)"; // "BKNSEARC": the search log's lock key

    public int Order => 100;

    public async Task CommittingAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (CommitWork.Find<SearchReindexRequests>(db) is not { Ids.Count: > 0 } pending)
        {
            return;
        }

        if (db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true)
        {
            await db.Database.ExecuteSqlRawAsync(LockSql, cancellationToken);
        }

        var ids = pending.Ids.ToList();
        var now = time.GetUtcNow().UtcDateTime;
        await db.Set<IndexingTask>().Where(t => ids.Contains(t.ContentItemId)).ExecuteDeleteAsync(cancellationToken);
        foreach (var id in ids)
        {
            await db.Database.ExecuteSqlAsync($"INSERT INTO \"IndexingTasks\" (\"ContentItemId\", \"CreatedUtc\") VALUES ({id}, {now})", cancellationToken);
        }

        pending.Ids.Clear();
    }
}
