using Bkn.Cms.ContentManagement;

namespace Bkn.Cms.Contents.Models;

/// <summary>Files attached to an item (PDF documents, images), kept in the media library and served at /media/{Path}.</summary>
public sealed class AttachmentsPart : ContentPart
{
    public List<Attachment> Files { get; set; } = [];
}

public sealed class Attachment
{
    public string Path { get; set; } = "";

    public string FileName { get; set; } = "";

    public string MediaType { get; set; } = "";

    public long Size { get; set; }

    /// <summary>What the public sees as the link text, e.g. "Salinan Perka BKN 25/2013 (PDF)".</summary>
    public string Title { get; set; } = "";

    [System.Text.Json.Serialization.JsonIgnore]
    public string Url => "/media/" + Path;
}
