using Bkn.Cms.Contents.Services;

namespace Bkn.Cms.Tests.Unit;

public sealed class SanitizerTests
{
    private readonly HtmlContentSanitizer _sanitizer = new();

    [Fact]
    public void Html_loses_scripts_event_handlers_and_javascript_links_but_keeps_formatting()
    {
        var html = _sanitizer.SanitizeHtml("<p onclick=\"x()\">Halo <strong>BKN</strong></p><script>alert(1)</script><img src=x onerror=alert(1)><a href=\"javascript:alert(1)\">klik</a>");

        Assert.Contains("<strong>BKN</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Markdown_is_rendered_and_raw_html_inside_it_is_not_executed()
    {
        var html = _sanitizer.RenderMarkdown("## Layanan\n\n- **PKT**\n\n<script>alert(1)</script>\n\n[tautan](javascript:alert(1))");

        Assert.Contains("<h2", html, StringComparison.Ordinal);
        Assert.Contains("<strong>PKT</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
    }
}
