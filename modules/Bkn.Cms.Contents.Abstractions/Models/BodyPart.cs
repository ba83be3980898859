using Bkn.Cms.ContentManagement;

namespace Bkn.Cms.Contents.Models;

/// <summary>The body text, in Markdown or HTML; always sanitised before it is stored and shown.</summary>
public sealed class BodyPart : ContentPart
{
    public const string Markdown = "markdown";
    public const string Html = "html";

    public string Body { get; set; } = "";

    public string Format { get; set; } = Markdown;
}
