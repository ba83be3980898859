using Ganss.Xss;
using Markdig;

namespace Bkn.Cms.Contents.Services;

/// <summary>Turns editor input into safe HTML: Markdown is rendered first, and the result is always sanitised.</summary>
public sealed class HtmlContentSanitizer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();

    private readonly HtmlSanitizer _sanitizer;

    public HtmlContentSanitizer()
    {
        _sanitizer = new HtmlSanitizer();
        _sanitizer.AllowedSchemes.Clear();
        _sanitizer.AllowedSchemes.UnionWith(["http", "https", "mailto", "tel"]);
        _sanitizer.AllowedAttributes.Remove("style");
        _sanitizer.AllowedTags.Remove("form");
        _sanitizer.AllowedTags.Remove("input");
        _sanitizer.AllowedTags.Remove("button");
        _sanitizer.AllowedTags.Remove("textarea");
        _sanitizer.AllowedTags.Remove("select");
    }

    public string SanitizeHtml(string? html) => string.IsNullOrEmpty(html) ? "" : _sanitizer.Sanitize(html);

    public string RenderMarkdown(string? markdown) => SanitizeHtml(Markdown.ToHtml(markdown ?? "", Pipeline));
}
