using Bkn.Cms.ContentManagement;
using Bkn.Cms.Search.Models;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Search.Indexing;

/// <summary>
/// Records "this item changed" in IndexingTasks, inside the transaction of the change, for every content type.
/// The item's older row is deleted, so each item has at most one row and a node that is behind indexes it once.
/// Registered outside the feature gate (factory registration) so changes made while search is off are not missed.
/// </summary>
public sealed class IndexingTaskProvider(TimeProvider time) : IContentIndexProvider
{
    public bool Handles(ContentTypeDefinition definition) => true;

    public async Task UpdateAsync(DbContext db, string contentItemId, ContentItem? latest, ContentItem? published, CancellationToken cancellationToken)
    {
        if (db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true)
        {
            // Ids come from a sequence at insert time but become visible at commit. Holding this lock until commit makes
            // commits happen in id order, so a node that has seen id N has seen every committed id below N (no gaps skipped).
            // SQLite needs nothing: it has one writer at a time.
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(4775516348373369411)" /* "BKNSEARC": the search log's lock key */, cancellationToken);
        }

        await db.Set<IndexingTask>().Where(t => t.ContentItemId == contentItemId).ExecuteDeleteAsync(cancellationToken);
        db.Set<IndexingTask>().Add(new IndexingTask { ContentItemId = contentItemId, CreatedUtc = time.GetUtcNow().UtcDateTime });
    }
}
