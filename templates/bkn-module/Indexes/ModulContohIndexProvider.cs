using Bkn.Cms.ContentManagement;
using Bkn.Cms.Contents.Models;
using Bkn.Cms.ModulContoh.Models;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.ModulContoh.Indexes;

/// <summary>Keeps one <see cref="ModulContohIndex"/> row per published item, in the same transaction as the document.</summary>
public sealed class ModulContohIndexProvider(TimeProvider time) : IContentIndexProvider
{
    public bool Handles(ContentTypeDefinition definition) => definition.HasPart(nameof(ModulContohPart));

    public async Task UpdateAsync(DbContext db, string contentItemId, ContentItem? latest, ContentItem? published, CancellationToken cancellationToken)
    {
        var rows = db.Set<ModulContohIndex>();
        var row = await rows.FindAsync([contentItemId], cancellationToken);
        if (published is null)
        {
            if (row is not null)
            {
                rows.Remove(row);
            }

            return;
        }

        if (row is null)
        {
            rows.Add(row = new ModulContohIndex { ContentItemId = contentItemId });
        }

        row.Title = Truncate(published.DisplayText, ModulContohIndex.TitleLength);
        row.Path = published.As<AutoroutePart>()?.Path ?? "";
        row.Ringkasan = Truncate(published.As<ModulContohPart>()?.Ringkasan ?? "", ModulContohPart.MaxSummaryLength);
        row.PublishedUtc = published.PublishedUtc ?? time.GetUtcNow().UtcDateTime;
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
