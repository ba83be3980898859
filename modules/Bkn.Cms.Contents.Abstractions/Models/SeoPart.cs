using Bkn.Cms.ContentManagement;

namespace Bkn.Cms.Contents.Models;

/// <summary>What search engines and link previews show: a meta description and an OpenGraph image (a media URL).</summary>
public sealed class SeoPart : ContentPart
{
    public string MetaDescription { get; set; } = "";

    public string OpenGraphImage { get; set; } = "";
}
