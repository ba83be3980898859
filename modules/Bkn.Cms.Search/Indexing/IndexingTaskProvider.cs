using System.Runtime.CompilerServices;
using Bkn.Cms.ContentManagement;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Search.Indexing;

/// <summary>
/// Notes "this item changed" for every content type. The IndexingTasks row itself is written by
/// <see cref="IndexingTaskCommitInterceptor"/> as the last statement before the transaction commits, so the ordering lock
/// it needs on PostgreSQL is held only for the commit and never ahead of other row locks (no lock-order deadlocks).
/// Registered outside the feature gate (factory registration) so changes made while search is off are not missed.
/// </summary>
public sealed class IndexingTaskProvider : IContentIndexProvider
{
    private static readonly ConditionalWeakTable<DbContext, HashSet<string>> Pending = [];

    public bool Handles(ContentTypeDefinition definition) => true;

    public Task UpdateAsync(DbContext db, string contentItemId, ContentItem? latest, ContentItem? published, CancellationToken cancellationToken)
    {
        var ids = Pending.GetOrCreateValue(db);
        lock (ids)
        {
            ids.Add(contentItemId);
        }

        return Task.CompletedTask;
    }

    /// <summary>Takes the ids noted in this context since the last commit or rollback.</summary>
    internal static List<string> Take(DbContext db)
    {
        if (!Pending.TryGetValue(db, out var ids))
        {
            return [];
        }

        lock (ids)
        {
            var taken = ids.ToList();
            ids.Clear();
            return taken;
        }
    }
}
