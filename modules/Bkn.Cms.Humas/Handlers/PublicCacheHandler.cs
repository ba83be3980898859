using Bkn.Cms.ContentManagement;
using Bkn.Cms.Humas.Services;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Humas.Handlers;

/// <summary>
/// Any change to what the public sees (publish, unpublish, delete, a change saved straight to the published version)
/// empties the public page cache. Only types that can show on a public page count: those served at a path
/// (AutoroutePart) and taxonomies (their terms are the filters of public lists). A helpdesk ticket or a workflow's
/// content does not empty the cache of every public page.
/// </summary>
public sealed class PublicCacheHandler(DbContext db, PublicContentCache cache, IContentDefinitionStore definitions) : IContentHandler
{
    public Task PublishedAsync(ContentItem item, CancellationToken cancellationToken) => InvalidateAsync(item, cancellationToken);

    public Task UnpublishedAsync(ContentItem item, CancellationToken cancellationToken) => InvalidateAsync(item, cancellationToken);

    public Task RemovedAsync(ContentItem item, CancellationToken cancellationToken) => InvalidateAsync(item, cancellationToken);

    public Task UpdatedAsync(ContentItem previous, ContentItem item, CancellationToken cancellationToken) =>
        item.Published ? InvalidateAsync(item, cancellationToken) : Task.CompletedTask;

    private Task InvalidateAsync(ContentItem item, CancellationToken cancellationToken) =>
        definitions.GetType(item.ContentType) is not { } type || type.HasPart("AutoroutePart") || type.HasPart("TaxonomyPart")
            ? cache.InvalidateAsync(db, cancellationToken)
            : Task.CompletedTask;
}
