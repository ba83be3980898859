using Bkn.Cms.Data;

namespace Bkn.Cms.ContentManagement;

/// <summary>Adds items as published single-version rows in one SaveChanges.</summary>
public sealed class ContentImporter(CmsDbContext db) : IContentImporter
{
    public async Task ImportAsync(IReadOnlyList<ContentItem> items, CancellationToken cancellationToken = default)
    {
        foreach (var item in items)
        {
            var created = item.CreatedUtc ?? DateTime.UtcNow;
            db.ContentItems.Add(new ContentItemRecord
            {
                ContentItemId = string.IsNullOrEmpty(item.ContentItemId) ? IdGenerator.NewId() : item.ContentItemId,
                ContentItemVersionId = string.IsNullOrEmpty(item.ContentItemVersionId) ? IdGenerator.NewId() : item.ContentItemVersionId,
                ContentType = item.ContentType,
                DisplayText = item.DisplayText.Length > 1000 ? item.DisplayText[..1000] : item.DisplayText,
                Latest = true,
                Published = true,
                Owner = item.Owner,
                Author = item.Author ?? item.Owner,
                UnitId = item.UnitId,
                CreatedUtc = created,
                ModifiedUtc = item.ModifiedUtc ?? created,
                PublishedUtc = item.PublishedUtc ?? created,
                Data = item.Content.ToJsonString(ContentItem.JsonOptions),
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
