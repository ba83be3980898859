using Bkn.Cms.ContentManagement;
using Bkn.Cms.Contents.Models;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Contents.Indexes;

/// <summary>
/// Keeps the schedule rows of an item. A date counts only when it is later than the current publication,
/// so a schedule that has already fired never fires again on a later draft.
/// </summary>
public sealed class ScheduledContentIndexProvider : IContentIndexProvider
{
    public bool Handles(ContentTypeDefinition definition) =>
        definition.HasPart(nameof(PublishLaterPart)) || definition.HasPart(nameof(UnpublishLaterPart));

    public async Task UpdateAsync(DbContext db, string contentItemId, ContentItem? latest, ContentItem? published, CancellationToken cancellationToken)
    {
        var rows = db.Set<ScheduledContentEntry>();
        await rows.Where(r => r.ContentItemId == contentItemId).ExecuteDeleteAsync(cancellationToken);
        var since = published?.PublishedUtc ?? DateTime.MinValue;
        if (latest is { Published: false } && latest.As<PublishLaterPart>()?.ScheduledPublishUtc is { } publishAt && publishAt > since)
        {
            rows.Add(new ScheduledContentEntry { ContentItemId = contentItemId, Action = ScheduledContentEntry.Publish, DueUtc = publishAt });
        }

        var unpublishAt = (latest ?? published)?.As<UnpublishLaterPart>()?.ScheduledUnpublishUtc;
        if (published is not null && unpublishAt is { } at && at > since)
        {
            rows.Add(new ScheduledContentEntry { ContentItemId = contentItemId, Action = ScheduledContentEntry.Unpublish, DueUtc = at });
        }
    }
}
