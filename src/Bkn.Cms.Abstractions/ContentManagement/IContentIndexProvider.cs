using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.ContentManagement;

/// <summary>
/// Maps items of some content types to a module's index rows (typed EF entities). Runs only for those types,
/// in the same transaction as the document, whenever the latest or published version changes.
/// </summary>
public interface IContentIndexProvider
{
    /// <summary>True when this provider indexes items of the type (usually: the type has the provider's part).</summary>
    bool Handles(ContentTypeDefinition definition);

    /// <summary>Replaces the item's rows: <paramref name="latest"/> and <paramref name="published"/> may be null (deleted, unpublished).</summary>
    Task UpdateAsync(DbContext db, string contentItemId, ContentItem? latest, ContentItem? published, CancellationToken cancellationToken);
}
