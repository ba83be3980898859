using Bkn.Cms.ContentManagement;

namespace Bkn.Cms.Contents.Models;

/// <summary>The item's title; it becomes the DisplayText.</summary>
public sealed class TitlePart : ContentPart
{
    public string Title { get; set; } = "";
}
