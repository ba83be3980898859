using Bkn.Cms.ContentManagement;
using Bkn.Cms.Data;
using Bkn.Cms.Humas.Services;

namespace Bkn.Cms.Humas.Handlers;

/// <summary>Any change to what the public sees (publish, unpublish, delete, a change saved straight to the published version) empties the public page cache.</summary>
public sealed class PublicCacheHandler(CmsDbContext db, PublicContentCache cache) : IContentHandler
{
    public Task PublishedAsync(ContentItem item, CancellationToken cancellationToken) => cache.InvalidateAsync(db, cancellationToken);

    public Task UnpublishedAsync(ContentItem item, CancellationToken cancellationToken) => cache.InvalidateAsync(db, cancellationToken);

    public Task RemovedAsync(ContentItem item, CancellationToken cancellationToken) => cache.InvalidateAsync(db, cancellationToken);

    public Task UpdatedAsync(ContentItem previous, ContentItem item, CancellationToken cancellationToken) =>
        item.Published ? cache.InvalidateAsync(db, cancellationToken) : Task.CompletedTask;
}
