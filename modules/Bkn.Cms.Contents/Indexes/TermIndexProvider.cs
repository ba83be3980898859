using Bkn.Cms.ContentManagement;
using Bkn.Cms.Contents.Models;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Contents.Indexes;

/// <summary>Keeps the terms of the published version of items with a TermsPart.</summary>
public sealed class TermIndexProvider : IContentIndexProvider
{
    public bool Handles(ContentTypeDefinition definition) => definition.HasPart(nameof(TermsPart));

    public async Task UpdateAsync(DbContext db, string contentItemId, ContentItem? latest, ContentItem? published, CancellationToken cancellationToken)
    {
        var rows = db.Set<TermIndexEntry>();
        await rows.Where(r => r.ContentItemId == contentItemId).ExecuteDeleteAsync(cancellationToken);
        foreach (var term in (published?.As<TermsPart>()?.Terms ?? []).Distinct(StringComparer.Ordinal))
        {
            var split = term.Split(':', 2);
            if (split.Length == 2)
            {
                rows.Add(new TermIndexEntry { ContentItemId = contentItemId, TaxonomyId = split[0], TermId = split[1] });
            }
        }
    }
}
