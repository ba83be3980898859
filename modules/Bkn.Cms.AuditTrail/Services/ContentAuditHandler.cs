using Bkn.Cms.Audit;
using Bkn.Cms.ContentManagement;

namespace Bkn.Cms.AuditTrail.Services;

/// <summary>
/// Records every content event with the item, its unit and the old and new version. Staged: the content store saves
/// the rows with its own save after the handlers, in the operation's transaction.
/// </summary>
public sealed class ContentAuditHandler(IAuditTrail audit) : IContentHandler
{
    public Task CreatedAsync(ContentItem item, CancellationToken cancellationToken) =>
        RecordAsync("content.created", $"{item.ContentType} \"{item.DisplayText}\" dibuat", item, null, cancellationToken);

    public Task UpdatedAsync(ContentItem previous, ContentItem item, CancellationToken cancellationToken) =>
        RecordAsync("content.updated", $"{item.ContentType} \"{item.DisplayText}\" diubah", item, previous.ContentItemVersionId, cancellationToken);

    public Task PublishedAsync(ContentItem item, CancellationToken cancellationToken) =>
        RecordAsync("content.published", $"{item.ContentType} \"{item.DisplayText}\" diterbitkan", item, null, cancellationToken);

    public Task UnpublishedAsync(ContentItem item, CancellationToken cancellationToken) =>
        RecordAsync("content.unpublished", $"{item.ContentType} \"{item.DisplayText}\" ditarik", item, null, cancellationToken);

    public Task RemovedAsync(ContentItem item, CancellationToken cancellationToken) =>
        RecordAsync("content.removed", $"{item.ContentType} \"{item.DisplayText}\" dihapus", item, null, cancellationToken);

    private Task RecordAsync(string name, string summary, ContentItem item, string? previousVersionId, CancellationToken cancellationToken) =>
        audit.StageAsync(
            new AuditEvent(AuditCategories.Content, name, summary)
            {
                UnitId = item.UnitId,
                ContentItemId = item.ContentItemId,
                ContentType = item.ContentType,
                PreviousVersionId = previousVersionId,
                VersionId = item.ContentItemVersionId,
            },
            cancellationToken);
}
