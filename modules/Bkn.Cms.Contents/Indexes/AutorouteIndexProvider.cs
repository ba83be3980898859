using Bkn.Cms.ContentManagement;
using Bkn.Cms.Contents.Models;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Contents.Indexes;

/// <summary>Keeps the published path of items with an AutoroutePart, and remembers old paths for 301 redirects.</summary>
public sealed class AutorouteIndexProvider(TimeProvider time) : IContentIndexProvider
{
    public bool Handles(ContentTypeDefinition definition) => definition.HasPart(nameof(AutoroutePart));

    public async Task UpdateAsync(DbContext db, string contentItemId, ContentItem? latest, ContentItem? published, CancellationToken cancellationToken)
    {
        var entries = db.Set<AutorouteEntry>();
        var redirects = db.Set<AutorouteRedirect>();
        var current = await entries.FirstOrDefaultAsync(e => e.ContentItemId == contentItemId, cancellationToken);
        var path = published?.As<AutoroutePart>()?.Path;
        if (string.IsNullOrEmpty(path))
        {
            // Unpublished or deleted: the path stops answering (a later publish brings it back).
            if (current is not null)
            {
                entries.Remove(current);
            }

            return;
        }

        if (current is not null && current.Path == path)
        {
            return;
        }

        if (current is not null)
        {
            entries.Remove(current);
            var old = await redirects.FindAsync([current.Path], cancellationToken);
            if (old is null)
            {
                redirects.Add(new AutorouteRedirect { Path = current.Path, ContentItemId = contentItemId, CreatedUtc = time.GetUtcNow().UtcDateTime });
            }
            else
            {
                old.ContentItemId = contentItemId;
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        // The path may have been an old path of this or another item: the live path wins over a redirect.
        if (await redirects.FindAsync([path], cancellationToken) is { } shadowed)
        {
            redirects.Remove(shadowed);
        }

        entries.Add(new AutorouteEntry { Path = path, ContentItemId = contentItemId, ContentType = published!.ContentType });
    }
}
