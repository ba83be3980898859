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

    public string Url => "/media/" + Path;
}
