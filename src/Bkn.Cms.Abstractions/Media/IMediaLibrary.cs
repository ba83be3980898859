namespace Bkn.Cms.Media;

/// <summary>
/// The media library as other modules see it: uploads checked by size and by content (PDF, JPEG, PNG, GIF, WebP),
/// catalogued and served at <see cref="MediaFileInfo.Url"/>. Offered by the Bkn.Cms.Media feature.
/// </summary>
public interface IMediaLibrary
{
    long MaxBytes { get; }

    /// <summary>Stores and catalogues the file; returns it, or an Indonesian error message and nothing stored.</summary>
    Task<MediaUploadResult> UploadAsync(Stream content, long length, string fileName, string? folder, string? altText, string? userId, CancellationToken cancellationToken);

    /// <summary>The newest files, optionally of one folder (and its sub-folders) and matching a text in the name or alt text.</summary>
    Task<IReadOnlyList<MediaFileInfo>> ListAsync(string? folder, string? text, bool imagesOnly, int max, CancellationToken cancellationToken);

    /// <summary>The catalogued files among the given paths (unknown paths are left out).</summary>
    Task<IReadOnlyList<MediaFileInfo>> FindAsync(IReadOnlyCollection<string> paths, CancellationToken cancellationToken);
}

public sealed record MediaFileInfo(string Path, string FileName, string ContentType, long Length, string AltText)
{
    public string Url => "/media/" + Path;

    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);

    /// <summary>True when the library made the resized copies of <see cref="MediaVariants"/> at upload (raster images).</summary>
    public bool HasVariants { get; init; }

    /// <summary>Pixel size of the original image (0 when unknown).</summary>
    public int Width { get; init; }

    public int Height { get; init; }

    /// <summary>The URL of a resized copy, or of the original when the file has none.</summary>
    public string VariantUrl(MediaVariant variant, MediaVariantFormat format) => HasVariants ? MediaVariants.Url(Path, variant, format) : Url;

    /// <summary>A srcset of the given copies (e.g. card and full) in one format; empty when the file has none.</summary>
    public string SrcSet(MediaVariantFormat format, params MediaVariant[] variants) =>
        HasVariants ? string.Join(", ", variants.Select(v => $"{MediaVariants.Url(Path, v, format)} {MediaVariants.WidthOf(v, Width)}w")) : "";
}

/// <summary>The resized copies made of every uploaded raster image: thumbnail and card are 16:9 crops, full keeps the shape.</summary>
public enum MediaVariant
{
    Thumb,
    Card,
    Full,
}

public enum MediaVariantFormat
{
    WebP,
    Jpeg,
}

/// <summary>
/// Where the copies live: "berita/foto-1a2b3c4d.png" has "berita/foto-1a2b3c4d.card.webp" and ".card.jpg" beside it,
/// served at /media/{that path} like the original.
/// </summary>
public static class MediaVariants
{
    public const int ThumbWidth = 320;
    public const int CardWidth = 640;
    public const int FullWidth = 1280;

    public static int TargetWidth(MediaVariant variant) => variant switch
    {
        MediaVariant.Thumb => ThumbWidth,
        MediaVariant.Card => CardWidth,
        _ => FullWidth,
    };

    /// <summary>The width a copy really has: never wider than the original (images are not enlarged).</summary>
    public static int WidthOf(MediaVariant variant, int originalWidth) =>
        originalWidth > 0 ? Math.Min(TargetWidth(variant), originalWidth) : TargetWidth(variant);

    public static string Extension(MediaVariantFormat format) => format == MediaVariantFormat.WebP ? "webp" : "jpg";

    public static string ContentType(MediaVariantFormat format) => format == MediaVariantFormat.WebP ? "image/webp" : "image/jpeg";

    public static string PathOf(string originalPath, MediaVariant variant, MediaVariantFormat format)
    {
        var dot = originalPath.LastIndexOf('.');
        var stem = dot > originalPath.LastIndexOf('/') ? originalPath[..dot] : originalPath;
        return $"{stem}.{variant.ToString().ToLowerInvariant()}.{Extension(format)}";
    }

    public static string Url(string originalPath, MediaVariant variant, MediaVariantFormat format) => "/media/" + PathOf(originalPath, variant, format);

    /// <summary>Reads a copy's path back into the stem of its original, the copy and the format; false for other paths.</summary>
    public static bool TryParse(string path, out string stem, out MediaVariant variant, out MediaVariantFormat format)
    {
        stem = "";
        variant = default;
        format = default;
        var last = path.LastIndexOf('.');
        var middle = last > 0 ? path.LastIndexOf('.', last - 1) : -1;
        if (middle <= 0 || middle < path.LastIndexOf('/'))
        {
            return false;
        }

        var ext = path[(last + 1)..];
        var name = path[(middle + 1)..last];
        MediaVariant? found = name switch { "thumb" => MediaVariant.Thumb, "card" => MediaVariant.Card, "full" => MediaVariant.Full, _ => null };
        MediaVariantFormat? kind = ext switch { "webp" => MediaVariantFormat.WebP, "jpg" => MediaVariantFormat.Jpeg, _ => null };
        if (found is null || kind is null)
        {
            return false;
        }

        (stem, variant, format) = (path[..middle], found.Value, kind.Value);
        return true;
    }
}

public sealed record MediaUploadResult(MediaFileInfo? File, string? Error);
