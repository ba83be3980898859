using System.Text.Json;
using System.Text.RegularExpressions;
using Bkn.Cms.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bkn.Cms.E2E.Journeys;

/// <summary>
/// Issue 20 item 9: the public site and the admin work under the strict Content-Security-Policy (no inline script):
/// no violation is reported on the home page, a news page, search, the helpdesk form and admin pages, and behaviour
/// that moved from inline handlers to static files still runs.
/// </summary>
public sealed class ContentSecurityPolicyTests(SiteFixture site) : JourneyTest(site)
{
    // Runs before any page script and is injected by the browser tooling, so the policy does not block it.
    private const string RecordViolations =
        "window.__csp = []; document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));";

    [Fact]
    public async Task Public_and_admin_pages_run_under_the_policy_without_violations()
    {
        var console = new List<string>();
        Page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                console.Add(message.Text);
            }
        };
        Page.PageError += (_, error) => console.Add("page error: " + error);
        await Page.AddInitScriptAsync(RecordViolations);

        var home = await Page.GotoAsync("/");
        var headers = await home!.AllHeadersAsync();
        Assert.Contains("script-src 'self'", headers["content-security-policy"], StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", headers["content-security-policy"], StringComparison.Ordinal);
        Assert.Equal("nosniff", headers["x-content-type-options"]);
        Assert.False(headers.ContainsKey("server"), "Kestrel sends no Server header");
        await AssertNoViolationsAsync("/", console);

        await Page.GotoAsync("/berita");
        await Page.GetByRole(AriaRole.Link, new() { Name = "BKN Uji Coba Kenaikan Pangkat Otomatis Less Paper di Tiga Provinsi" }).First.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/berita/.+"));
        await AssertNoViolationsAsync("a news page", console);

        await Page.GotoAsync("/cari?q=pangkat");
        await Expect(Page.GetByRole(AriaRole.Searchbox).First).ToBeVisibleAsync();
        await AssertNoViolationsAsync("/cari", console);

        await Page.GotoAsync("/helpdesk/formulir/nik-kk-tidak-ditemukan");
        await Expect(Page.Locator("input[name=Nik]")).ToBeVisibleAsync();
        await AssertNoViolationsAsync("the helpdesk form", console);

        await Page.GotoAsync("/akun/masuk");
        await SubmitLoginAsync(SiteFixture.AdminUserName, SiteFixture.AdminPassword);
        await Expect(AdminMenu).ToBeVisibleAsync();
        await AssertNoViolationsAsync("/admin", console);

        // The search-index page polls its status from a static script (it used to be inline).
        var status = Page.WaitForResponseAsync(r => r.Url.EndsWith("/admin/indeks-pencarian/status", StringComparison.Ordinal));
        await Page.GotoAsync("/admin/indeks-pencarian");
        Assert.True((await status).Ok);
        await AssertNoViolationsAsync("/admin/indeks-pencarian", console);

        // "Hapus" still asks first (the confirmation moved from onsubmit= to admin.js); declining keeps the role.
        await Page.GotoAsync("/admin/peran");
        var dialogs = new List<string>();
        Page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        var rows = await Page.Locator("form[data-confirm]").CountAsync();
        await Page.Locator("form[data-confirm] button[type=submit]").First.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/admin/peran$"));
        Assert.Equal(["Hapus peran ini?"], dialogs);
        await Expect(Page.Locator("form[data-confirm]")).ToHaveCountAsync(rows);
        await AssertNoViolationsAsync("/admin/peran", console);
    }

    private async Task AssertNoViolationsAsync(string where, List<string> console)
    {
        var recorded = JsonSerializer.Deserialize<string[]>(await Page.EvaluateAsync<string>("JSON.stringify(window.__csp || [])")) ?? [];
        Assert.True(recorded.Length == 0 && console.Count == 0, $"{where}: {string.Join("; ", recorded.Concat(console))}");
    }
}
