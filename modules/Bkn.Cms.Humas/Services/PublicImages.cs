using Bkn.Cms.Features;
using Bkn.Cms.Media;

namespace Bkn.Cms.Humas.Services;

/// <summary>A picture on the public site: its address, its alt text and, when it is in the media library, its resized copies.</summary>
public sealed record PublicImage(string Url, string Alt, MediaFileInfo? File)
{
    public bool HasVariants => File is { HasVariants: true };

    /// <summary>The picture social networks show (OpenGraph): the full-width JPEG, which every crawler reads.</summary>
    public string ShareUrl => File is { HasVariants: true } f ? f.VariantUrl(MediaVariant.Full, MediaVariantFormat.Jpeg) : Url;
}

/// <summary>How a picture is laid out: a card (list and home page) or the wide picture of a detail page.</summary>
public enum PictureLayout
{
    Card,
    Hero,
}

public sealed record PictureModel(PublicImage Image, PictureLayout Layout, bool Lazy = true);

/// <summary>
/// Looks the pictures of news items up in the media library (when the Media feature is on): the alt text an editor typed
/// on the item wins, else the library's alt text of the file.
/// </summary>
public sealed class PublicImages(IEnumerable<IMediaLibrary> libraries, IFeatureChecker features)
{
    public async Task<IReadOnlyDictionary<string, PublicImage>> ResolveAsync(IEnumerable<string?> paths, CancellationToken cancellationToken)
    {
        var wanted = paths.OfType<string>().Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var library = libraries.FirstOrDefault(l => features.FeatureOf(l.GetType()) is not { } f || features.IsEnabled(f));
        var found = library is null || wanted.Count == 0
            ? []
            : (await library.FindAsync([.. wanted.Select(LibraryPath)], cancellationToken)).ToDictionary(f => f.Path, StringComparer.Ordinal);
        return wanted.ToDictionary(p => p, p =>
        {
            var file = found.GetValueOrDefault(LibraryPath(p));
            return new PublicImage(file?.Url ?? Address(p), file?.AltText ?? "", file);
        }, StringComparer.Ordinal);
    }

    /// <summary>One picture with the item's own alt text (when it has one).</summary>
    public async Task<PublicImage?> ResolveAsync(string? path, string? itemAlt, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        var image = (await ResolveAsync([path], cancellationToken))[path];
        return string.IsNullOrWhiteSpace(itemAlt) ? image : image with { Alt = itemAlt.Trim() };
    }

    private static string LibraryPath(string path) => path.StartsWith("/media/", StringComparison.Ordinal) ? path["/media/".Length..] : path;

    private static string Address(string path) => path.StartsWith('/') || path.StartsWith("http", StringComparison.Ordinal) ? path : "/media/" + path;
}
