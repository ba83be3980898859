using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Bkn.Cms.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bkn.Cms.E2E.Journeys;

/// <summary>
/// An editor writes a page as a draft, previews it in a new tab and publishes it; an anonymous visitor
/// (own browser context) gets 404 at the page's address until it is published, then sees the page.
/// </summary>
public sealed class EditorPublishesPageTests(SiteFixture site) : JourneyTest(site)
{
    private const string Title = "Layanan Loket F: Penyerahan Berkas";
    private const string PublicPath = "/layanan-loket-f-penyerahan-berkas";
    private const string UnitName = "Biro Hubungan Masyarakat";
    private const string Heading = "Syarat penyerahan berkas";
    private const string BoldWord = "asli";
    private const string Body = $"## {Heading}\n\nBawa berkas **{BoldWord}** beserta fotokopinya ke Loket F.\n";

    [Fact]
    public async Task Editor_saves_a_draft_previews_it_and_publishes_it_for_visitors()
    {
        await using var visitorContext = await Site.NewContextAsync();
        var visitor = await visitorContext.NewPageAsync();

        await Page.GotoAsync("/akun/masuk");
        await SubmitLoginAsync(SiteFixture.AdminUserName, SiteFixture.AdminPassword);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Dasbor", Level = 1 })).ToBeVisibleAsync();

        // "Semua konten" → "Tambah Halaman".
        await AdminMenu.GetByRole(AriaRole.Link, new() { Name = "Semua konten", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/admin/konten$"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Konten", Level = 1 })).ToBeVisibleAsync();
        await ScreenshotAsync("01-content-list");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Tambah Halaman", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/admin/konten/baru/Halaman$"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Tambah Halaman", Level = 1 })).ToBeVisibleAsync();

        // Title, an empty slug (derived from the title), a Markdown body and the owning unit.
        await Page.GetByLabel("Judul", new() { Exact = true }).FillAsync(Title);
        var slug = Page.GetByLabel("Alamat (slug)", new() { Exact = true });
        await Expect(slug).ToHaveValueAsync("");
        await Page.GetByLabel("Isi", new() { Exact = true }).FillAsync(Body);
        await Expect(Page.GetByLabel("Format isi", new() { Exact = true })).ToHaveValueAsync("markdown");
        var unit = Page.GetByLabel("Unit kerja pemilik", new() { Exact = true });
        var unitId = await unit.Locator("option", new() { HasText = UnitName }).GetAttributeAsync("value");
        Assert.False(string.IsNullOrEmpty(unitId), $"The unit list offers {UnitName}.");
        await unit.SelectOptionAsync(unitId!);
        await ScreenshotAsync("02-new-page-form");

        // Save as draft: back on the item's edit page with a success message and the "Draf" badge.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Simpan draf", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/admin/konten/(?!baru/)[^/?#]+$"));
        var editUrl = Page.Url;
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Draf {Title} disimpan.");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = Title, Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.Locator(".badge")).ToHaveTextAsync("Draf");
        await Expect(slug).ToHaveValueAsync(PublicPath.TrimStart('/'));
        await Expect(unit).ToHaveValueAsync(unitId!);
        await ScreenshotAsync("03-draft-saved");

        // A draft is not on the public site.
        var response = await visitor.GotoAsync(PublicPath);
        Assert.Equal(404, response!.Status);
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "Halaman tidak ditemukan", Level = 1 })).ToBeVisibleAsync();
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = Title })).ToHaveCountAsync(0);
        await ScreenshotOfAsync(visitor, "04-visitor-draft-not-found");

        // "Pratinjau" opens the draft, rendered, in a new tab with the preview banner.
        var preview = await Page.RunAndWaitForPopupAsync(() =>
            Page.GetByRole(AriaRole.Link, new() { Name = "Pratinjau", Exact = true }).ClickAsync());
        await preview.WaitForLoadStateAsync();
        await Expect(preview).ToHaveURLAsync(new Regex(Regex.Escape(editUrl) + "/pratinjau$"));
        await Expect(preview.GetByRole(AriaRole.Status)).ToHaveTextAsync("Pratinjau: halaman ini belum tentu sama dengan yang tampil di situs publik.");
        await Expect(preview.GetByRole(AriaRole.Heading, new() { Name = Title, Level = 1 })).ToBeVisibleAsync();
        await Expect(preview.GetByRole(AriaRole.Heading, new() { Name = Heading, Level = 2 })).ToBeVisibleAsync();
        await Expect(preview.Locator("article .body strong")).ToHaveTextAsync(BoldWord);
        await ScreenshotOfAsync(preview, "05-preview");
        await preview.CloseAsync();

        // Back on the edit page: publish.
        await Expect(Page).ToHaveURLAsync(editUrl);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Simpan dan terbitkan", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(editUrl);
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"{Title} diterbitkan.");
        await Expect(Page.Locator(".badge")).ToHaveTextAsync("Terbit");
        await ScreenshotAsync("06-published");

        // The visitor now gets the page at the address derived from the title.
        response = await visitor.GotoAsync(PublicPath);
        Assert.Equal(200, response!.Status);
        await Expect(visitor.Locator("html")).ToHaveAttributeAsync("lang", "id");
        await Expect(visitor).ToHaveTitleAsync(new Regex("^" + Regex.Escape(Title)));
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Title);
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = Heading, Level = 2 })).ToBeVisibleAsync();
        await Expect(visitor.Locator("article .body strong")).ToHaveTextAsync(BoldWord);
        await Expect(visitor.GetByText("Pratinjau:")).ToHaveCountAsync(0);
        var breadcrumb = visitor.GetByRole(AriaRole.Navigation, new() { Name = "Remah roti" });
        await Expect(breadcrumb.GetByRole(AriaRole.Link, new() { Name = "Beranda", Exact = true })).ToHaveAttributeAsync("href", "/");
        await Expect(breadcrumb.Locator("[aria-current='page']")).ToHaveTextAsync(Title);
        await ScreenshotOfAsync(visitor, "07-visitor-published");

        // The content list shows the item as published, owned by the unit.
        await AdminMenu.GetByRole(AriaRole.Link, new() { Name = "Semua konten", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/admin/konten$"));
        var row = Page.GetByRole(AriaRole.Row).Filter(new() { Has = Page.GetByRole(AriaRole.Link, new() { Name = Title, Exact = true }) });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.Locator(".badge")).ToHaveTextAsync("Terbit");
        await Expect(row).ToContainTextAsync(UnitName);
        await ScreenshotAsync("08-content-list-published");
    }

    /// <summary>Like <see cref="JourneyTest.ScreenshotAsync"/>, for another page (the visitor's, the preview tab).</summary>
    private static Task ScreenshotOfAsync(IPage page, string step, [CallerMemberName] string test = "") =>
        page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots", $"{test}-{step}.png"),
            FullPage = true,
        });
}
