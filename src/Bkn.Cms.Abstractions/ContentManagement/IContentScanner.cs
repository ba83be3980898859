namespace Bkn.Cms.ContentManagement;

/// <summary>
/// Bulk reads for derived data such as search indexes: many items by id, and every live item in storage order.
/// <paramref name="published"/> selects the published versions, otherwise the latest ones; removed items are never returned.
/// </summary>
public interface IContentScanner
{
    Task<IReadOnlyList<ContentItem>> GetManyAsync(IReadOnlyCollection<string> contentItemIds, bool published, CancellationToken cancellationToken = default);

    /// <summary>The next <paramref name="size"/> versions after the position <paramref name="after"/> (0 to start); pass the returned position to continue.</summary>
    Task<ContentScanPage> ScanAsync(bool published, IReadOnlyCollection<string> types, long after, int size, CancellationToken cancellationToken = default);

    Task<int> CountAsync(bool published, IReadOnlyCollection<string> types, CancellationToken cancellationToken = default);
}

/// <summary>One batch of a scan; <see cref="Position"/> continues it, and an empty batch ends it.</summary>
public sealed record ContentScanPage(IReadOnlyList<ContentItem> Items, long Position);
