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
}

public sealed record MediaUploadResult(MediaFileInfo? File, string? Error);
