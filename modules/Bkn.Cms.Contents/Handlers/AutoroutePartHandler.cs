using Bkn.Cms.ContentManagement;
using Bkn.Cms.Contents.Indexes;
using Bkn.Cms.Contents.Models;
using Bkn.Cms.Contents.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bkn.Cms.Contents.Handlers;

/// <summary>
/// Derives the path from the title when it is empty, keeps it unique among published items (adding -2, -3 …),
/// and refuses paths that belong to the platform (admin, api …).
/// </summary>
public sealed class AutoroutePartHandler(DbContext db, IStringLocalizer t) : IContentHandler
{
    private static readonly string[] Reserved = ["admin", "api", "akun", "galat", "bahasa", "health", "_content", "media"];

    public async Task PreparingAsync(ContentItem item, ContentTypeDefinition definition, CancellationToken cancellationToken)
    {
        if (!definition.HasPart(nameof(AutoroutePart)))
        {
            return;
        }

        var part = item.As<AutoroutePart>() ?? new AutoroutePart();
        var path = Slug.NormalizePath(part.Path);
        if (path.Length == 0)
        {
            path = Slug.From(item.DisplayText);
        }

        if (path.Length > 0 && !IsReserved(path))
        {
            path = await UniqueAsync(path, item.ContentItemId, cancellationToken);
        }

        part.Path = path;
        item.Apply(part);
    }

    public Task ValidatingAsync(ContentValidationContext context, CancellationToken cancellationToken)
    {
        if (context.Definition.HasPart(nameof(AutoroutePart)))
        {
            var path = context.Item.As<AutoroutePart>()?.Path ?? "";
            if (path.Length == 0)
            {
                context.Fail($"{nameof(AutoroutePart)}.{nameof(AutoroutePart.Path)}", t["Alamat tidak dapat dibentuk: isi judul atau alamat."]);
            }
            else if (IsReserved(path))
            {
                context.Fail($"{nameof(AutoroutePart)}.{nameof(AutoroutePart.Path)}", t["Alamat '{0}' dipakai oleh sistem; pilih alamat lain.", path]);
            }
        }

        return Task.CompletedTask;
    }

    public async Task PublishingAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var path = item.As<AutoroutePart>()?.Path;
        if (!string.IsNullOrEmpty(path) && await db.Set<AutorouteEntry>().AnyAsync(e => e.Path == path && e.ContentItemId != item.ContentItemId, cancellationToken))
        {
            throw new ContentValidationException(new Dictionary<string, string[]>
            {
                [$"{nameof(AutoroutePart)}.{nameof(AutoroutePart.Path)}"] = [t["Alamat '{0}' sudah dipakai konten lain yang terbit. Ubah alamatnya lalu terbitkan lagi.", path]],
            });
        }
    }

    private async Task<string> UniqueAsync(string path, string contentItemId, CancellationToken cancellationToken)
    {
        var candidate = path;
        for (var n = 2; await db.Set<AutorouteEntry>().AnyAsync(e => e.Path == candidate && e.ContentItemId != contentItemId, cancellationToken); n++)
        {
            candidate = $"{path}-{n}";
        }

        return candidate;
    }

    private static bool IsReserved(string path) =>
        Reserved.Any(r => path.Equals(r, StringComparison.OrdinalIgnoreCase) || path.StartsWith(r + "/", StringComparison.OrdinalIgnoreCase));
}
