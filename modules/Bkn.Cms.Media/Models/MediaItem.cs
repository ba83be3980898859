namespace Bkn.Cms.Media.Models;

/// <summary>A file in the media library; <see cref="Path"/> is where the store keeps it and the public URL is /media/{Path}.</summary>
public sealed class MediaItem
{
    public Guid Id { get; set; }

    public string Folder { get; set; } = "";

    public string FileName { get; set; } = "";

    public string Path { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long Length { get; set; }

    public string AltText { get; set; } = "";

    public DateTime UploadedUtc { get; set; }

    public string? UploadedBy { get; set; }

    /// <summary>Pixel size of an image (0 for other files).</summary>
    public int Width { get; set; }

    public int Height { get; set; }

    /// <summary>The thumbnail, card and full copies (WebP and JPEG) were made at upload; see <see cref="MediaVariants"/>.</summary>
    public bool HasVariants { get; set; }

    public string Url => "/media/" + Path;
}
