using Bkn.Cms.ContentManagement;
using Bkn.Cms.Contents.Models;
using Bkn.Cms.Contents.ViewModels;

namespace Bkn.Cms.Contents.Services;

/// <summary>Builds the display model of an item (the body rendered and sanitised).</summary>
public sealed class ContentRenderer(HtmlContentSanitizer sanitizer, IContentDefinitionStore definitions) : IContentRenderer
{
    public ContentDisplayViewModel? Display(ContentItem item, bool preview)
    {
        if (definitions.GetType(item.ContentType) is not { } definition)
        {
            return null;
        }

        var body = item.As<BodyPart>();
        var html = body is null ? "" : body.Format == BodyPart.Html ? sanitizer.SanitizeHtml(body.Body) : sanitizer.RenderMarkdown(body.Body);
        return new ContentDisplayViewModel(item, definition, html, preview);
    }

    /// <inheritdoc cref="ContentViews.ViewNames"/>
    public static IEnumerable<string> ViewNames(string contentType, string displayType) => ContentViews.ViewNames(contentType, displayType);
}
