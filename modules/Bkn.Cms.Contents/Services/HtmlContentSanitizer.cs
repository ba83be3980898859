using Ganss.Xss;
using Markdig;
using Microsoft.Extensions.Caching.Memory;

namespace Bkn.Cms.Contents.Services;

/// <summary>
/// Turns editor input into safe HTML: Markdown is rendered first, and the result is always sanitised. Results are kept
/// in a bounded in-memory cache keyed by the input itself: public pages render the same bodies over and over, and
/// sanitising (an HTML parse and a tree walk) was the largest single cost of an uncached page view.
/// </summary>
public sealed class HtmlContentSanitizer : IDisposable
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();

    // Sizes are in characters (input + output): about 32 MB of strings at most.
    private readonly MemoryCache _rendered = new(new MemoryCacheOptions { SizeLimit = 16 * 1024 * 1024 });
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

    public string SanitizeHtml(string? html) => string.IsNullOrEmpty(html) ? "" : Cached('h', html, source => _sanitizer.Sanitize(source));

    public string RenderMarkdown(string? markdown) =>
        string.IsNullOrEmpty(markdown) ? "" : Cached('m', markdown, source => _sanitizer.Sanitize(Markdown.ToHtml(source, Pipeline)));

    public void Dispose() => _rendered.Dispose();

    private string Cached(char format, string source, Func<string, string> render)
    {
        var key = (format, source);
        if (_rendered.TryGetValue(key, out string? html))
        {
            return html!;
        }

        html = render(source);
        // Very large bodies are not kept: one of them would push out hundreds of ordinary pages.
        if (source.Length + html.Length <= 1024 * 1024)
        {
            _rendered.Set(key, html, new MemoryCacheEntryOptions { Size = source.Length + html.Length, SlidingExpiration = TimeSpan.FromHours(1) });
        }

        return html;
    }
}
