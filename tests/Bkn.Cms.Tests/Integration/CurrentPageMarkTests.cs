using System.Text.RegularExpressions;
using Bkn.Cms.Tests.Infrastructure;

namespace Bkn.Cms.Tests.Integration;

/// <summary>
/// The admin menu and the public navigation mark exactly one entry as the current page, also when one entry's address
/// starts another's ("/admin/sapk" and "/admin/sapk/data", "/informasi-publik" and "/informasi-publik/sop").
/// </summary>
public sealed partial class CurrentPageMarkTests(SharedHost host) : IClassFixture<SharedHost>
{
    [Theory]
    [InlineData("/admin/sapk/data", "/admin/sapk/data")]
    [InlineData("/admin/sapk", "/admin/sapk")]
    [InlineData("/admin", "/admin")]
    public async Task Only_the_admin_menu_entry_of_the_current_page_is_marked(string page, string marked)
    {
        var admin = host.Factory.CreateBrowser();
        await admin.SignInAsAdminAsync();
        var html = await admin.GetStringAsync(page);
        Assert.Equal([marked], AdminCurrentRegex().Matches(html).Select(m => m.Groups[1].Value));
    }

    [Theory]
    [InlineData("/informasi-publik/sop", "/informasi-publik/sop")]
    [InlineData("/informasi-publik", "/informasi-publik")]
    [InlineData("/berita", "/berita")]
    public async Task Only_the_public_navigation_entry_of_the_current_page_is_marked(string page, string marked)
    {
        var html = await host.Factory.CreateClient().GetStringAsync(page);
        var nav = html[html.IndexOf("id=\"menu-utama\"", StringComparison.Ordinal)..html.IndexOf("</nav>", html.IndexOf("id=\"menu-utama\"", StringComparison.Ordinal), StringComparison.Ordinal)];
        Assert.Equal([marked], PublicCurrentRegex().Matches(nav).Select(m => m.Groups[1].Value));
    }

    [GeneratedRegex("<a href=\"([^\"]+)\" class=\"active\" aria-current=\"page\"")]
    private static partial Regex AdminCurrentRegex();

    [GeneratedRegex("<a href=\"([^\"]+)\" aria-current=\"page\"")]
    private static partial Regex PublicCurrentRegex();
}
