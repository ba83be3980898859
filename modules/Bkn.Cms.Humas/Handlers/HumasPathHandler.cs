using Bkn.Cms.ContentManagement;
using Bkn.Cms.Contents.Indexes;
using Bkn.Cms.Contents.Models;
using Bkn.Cms.Contents.Services;
using Bkn.Cms.Humas.Models;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Humas.Handlers;

/// <summary>Puts Humas items under their list's address ("berita/…", "peraturan/…"), keeping the path unique.</summary>
public sealed class HumasPathHandler(DbContext db) : IContentHandler
{
    public async Task PreparingAsync(ContentItem item, ContentTypeDefinition definition, CancellationToken cancellationToken)
    {
        var prefix = HumasTypes.Prefix(definition.Name);
        if (prefix.Length == 0 || !definition.HasPart(nameof(AutoroutePart)))
        {
            return;
        }

        var part = item.As<AutoroutePart>() ?? new AutoroutePart();
        var path = Slug.NormalizePath(part.Path);
        if (path.StartsWith(prefix + "/", StringComparison.Ordinal) && path.Length > prefix.Length + 1)
        {
            return;
        }

        var slug = path.Length > 0 ? Slug.From(path.Replace('/', '-')) : Slug.From(item.As<TitlePart>()?.Title ?? item.DisplayText);
        if (slug.Length == 0)
        {
            return;
        }

        var candidate = $"{prefix}/{slug}";
        for (var n = 2; await db.Set<AutorouteEntry>().AnyAsync(e => e.Path == candidate && e.ContentItemId != item.ContentItemId, cancellationToken); n++)
        {
            candidate = $"{prefix}/{slug}-{n}";
        }

        part.Path = candidate;
        item.Apply(part);
    }
}
