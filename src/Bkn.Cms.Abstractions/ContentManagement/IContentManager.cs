namespace Bkn.Cms.ContentManagement;

/// <summary>Creates, loads, versions and publishes content items.</summary>
public interface IContentManager
{
    /// <summary>A new, unsaved item of the type with its parts present.</summary>
    ContentItem New(string contentType);

    Task<ContentItem?> GetAsync(string contentItemId, VersionOptions options = VersionOptions.Published, CancellationToken cancellationToken = default);

    Task<ContentItem?> GetVersionAsync(string contentItemVersionId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ContentItem>> GetVersionsAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>Saves a new item as a draft, or publishes it at once when <paramref name="publish"/> is set.</summary>
    Task<ContentItem> CreateAsync(ContentItem item, bool publish, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves changes as the latest version. <paramref name="item"/>'s ContentItemVersionId must be the latest version
    /// (what the editor loaded); otherwise <see cref="ContentConcurrencyException"/> is thrown and nothing is saved.
    /// </summary>
    Task<ContentItem> UpdateAsync(ContentItem item, CancellationToken cancellationToken = default);

    /// <summary>Publishes the latest version.</summary>
    Task<ContentItem> PublishAsync(string contentItemId, CancellationToken cancellationToken = default);

    Task UnpublishAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>Soft delete: every version is kept, the item disappears from lists and the public site.</summary>
    Task RemoveAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>A new draft item with a copy of the latest version's parts.</summary>
    Task<ContentItem> CloneAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>Makes an older version the new latest draft.</summary>
    Task<ContentItem> RestoreVersionAsDraftAsync(string contentItemVersionId, CancellationToken cancellationToken = default);
}
