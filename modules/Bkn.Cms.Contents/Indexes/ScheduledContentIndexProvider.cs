using Bkn.Cms.ContentManagement;
using Bkn.Cms.Contents.Models;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Contents.Indexes;

/// <summary>
/// Keeps the schedule rows of an item. A date counts only when it is later than the current publication,
/// so a schedule that has already fired never fires again on a later draft. A time nobody is stamped for (see
/// <see cref="PublishLaterPart.ScheduledBy"/>) is not scheduled.
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
        if (latest is { Published: false } && latest.As<PublishLaterPart>() is { ScheduledPublishUtc: { } publishAt, ScheduledBy: not null } && publishAt > since)
        {
            rows.Add(new ScheduledContentEntry { ContentItemId = contentItemId, Action = ScheduledContentEntry.Publish, DueUtc = publishAt });
        }

        if (published is not null && (latest ?? published).As<UnpublishLaterPart>() is { ScheduledUnpublishUtc: { } at, ScheduledBy: not null } && at > since)
        {
            rows.Add(new ScheduledContentEntry { ContentItemId = contentItemId, Action = ScheduledContentEntry.Unpublish, DueUtc = at });
        }
    }
}
