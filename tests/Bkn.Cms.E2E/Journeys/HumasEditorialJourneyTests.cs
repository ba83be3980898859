using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Bkn.Cms.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bkn.Cms.E2E.Journeys;

/// <summary>
/// A writer drafts a news item, an editor asks for changes, the writer fixes it, the editor approves it with a short
/// schedule, and a visitor sees it at the scheduled time in the list, on its page, in the RSS feed and in the sitemap.
/// </summary>
public sealed class HumasEditorialJourneyTests(SiteFixture site) : JourneyTest(site)
{
    private const string Password = "Humas-Uji-2026";
    private const string Title = "Helpdesk SSCN Diperpanjang hingga Akhir Pendaftaran";
    private const string PublicPath = "/berita/helpdesk-sscn-diperpanjang-hingga-akhir-pendaftaran";

    [Fact]
    public async Task Writer_and_editor_take_a_news_item_from_draft_to_a_scheduled_publication()
    {
        await Page.GotoAsync("/akun/masuk");
        await SubmitLoginAsync(SiteFixture.AdminUserName, SiteFixture.AdminPassword);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Dasbor", Level = 1 })).ToBeVisibleAsync();
        await CreateUserAsync("penulis.e2e", "Penulis Humas");
        await CreateUserAsync("editor.e2e", "Editor Humas");

        await using var writerContext = await Site.NewContextAsync();
        var writer = await SignInAsync(writerContext, "penulis.e2e");
        await using var editorContext = await Site.NewContextAsync();
        var editor = await SignInAsync(editorContext, "editor.e2e");
        await using var visitorContext = await Site.NewContextAsync();
        var visitor = await visitorContext.NewPageAsync();

        // The writer drafts the item, with its channel versions previewed as typed.
        await writer.GotoAsync("/admin/redaksi");
        await writer.GetByRole(AriaRole.Link, new() { Name = "Tulis berita", Exact = true }).ClickAsync();
        await writer.GetByLabel("Judul", new() { Exact = true }).FillAsync(Title);
        await writer.GetByLabel("Ringkasan *", new() { Exact = true }).FillAsync("Layanan bantuan pelamar CPNS tetap dibuka sampai pendaftaran ditutup.");
        await writer.GetByLabel("Isi", new() { Exact = true }).FillAsync("Helpdesk SSCN melayani pertanyaan pelamar hingga akhir masa pendaftaran.");
        await writer.GetByLabel("Versi media sosial (maks. 280 karakter)", new() { Exact = true }).FillAsync("Helpdesk SSCN diperpanjang sampai pendaftaran CPNS ditutup. #CPNS2017");
        await writer.GetByLabel("Versi WhatsApp (teks polos)", new() { Exact = true }).FillAsync("*Helpdesk SSCN diperpanjang*\nSampai pendaftaran CPNS ditutup.");
        await Expect(writer.Locator("#pratinjau-medsos")).ToHaveTextAsync("Helpdesk SSCN diperpanjang sampai pendaftaran CPNS ditutup. #CPNS2017");
        await Shot(writer, "01-writer-draft");
        await writer.GetByRole(AriaRole.Button, new() { Name = "Simpan draf", Exact = true }).ClickAsync();
        await Expect(writer).ToHaveURLAsync(new Regex(@"/admin/konten/(?!baru/)[^/?#]+$"));
        var id = writer.Url.Split('/').Last();

        await writer.GotoAsync($"/admin/redaksi/{id}");
        await writer.GetByRole(AriaRole.Button, new() { Name = "Ajukan untuk ditinjau", Exact = true }).ClickAsync();
        await Expect(writer.Locator("[data-status]")).ToHaveAttributeAsync("data-status", "Review");

        // The editor asks for changes.
        await editor.GotoAsync($"/admin/redaksi/{id}");
        await editor.GetByLabel("Perubahan yang diminta", new() { Exact = true }).FillAsync("Cantumkan jam layanan helpdesk.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Kembalikan ke penulis", Exact = true }).ClickAsync();
        await Expect(editor.Locator("[data-status]")).ToHaveAttributeAsync("data-status", "Draft");
        await Shot(editor, "02-editor-requests-changes");

        // The writer sees the note, fixes the text and submits again.
        await writer.GotoAsync($"/admin/konten/{id}");
        await Expect(writer.GetByText("Cantumkan jam layanan helpdesk.")).ToBeVisibleAsync();
        await writer.GetByLabel("Isi", new() { Exact = true }).FillAsync("Helpdesk SSCN melayani pertanyaan pelamar pukul 08.00–16.00 WIB hingga akhir masa pendaftaran.");
        await writer.GetByRole(AriaRole.Button, new() { Name = "Simpan draf", Exact = true }).ClickAsync();
        await writer.GotoAsync($"/admin/redaksi/{id}");
        await writer.GetByRole(AriaRole.Button, new() { Name = "Ajukan untuk ditinjau", Exact = true }).ClickAsync();
        await Expect(writer.Locator("[data-status]")).ToHaveAttributeAsync("data-status", "Review");
        await Shot(writer, "03-writer-resubmits");

        // The editor approves with a schedule a few seconds ahead (site time is WIB).
        var wib = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");
        var due = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow.AddSeconds(25), wib);
        await editor.GotoAsync($"/admin/redaksi/{id}");
        await editor.GetByLabel("Terbitkan pada (WIB, kosongkan untuk terbit sekarang)", new() { Exact = true }).FillAsync(due.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture));
        await editor.GetByRole(AriaRole.Button, new() { Name = "Setujui", Exact = true }).ClickAsync();
        await Expect(editor.Locator("[data-status]")).ToHaveAttributeAsync("data-status", "Approved");
        await Shot(editor, "04-editor-approves-with-schedule");

        // Before its time the visitor does not see it.
        Assert.Equal(404, (await visitor.GotoAsync(PublicPath))!.Status);

        // At its time (the scheduler runs every 10 s) it appears in the list, on its page, in the feed and the sitemap.
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while ((await visitor.GotoAsync(PublicPath))!.Status != 200)
        {
            Assert.True(DateTime.UtcNow < deadline, "The approved item was not published at its scheduled time.");
            await Task.Delay(2000);
        }

        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Title);
        await Expect(visitor.GetByText("08.00–16.00 WIB")).ToBeVisibleAsync();
        await Shot(visitor, "05-visitor-page");
        await visitor.GotoAsync("/berita");
        await Expect(visitor.GetByRole(AriaRole.Link, new() { Name = Title, Exact = true })).ToBeVisibleAsync();
        await Shot(visitor, "06-visitor-list");
        var rss = await visitor.APIRequest.GetAsync("/berita/rss.xml");
        Assert.Contains(Title, await rss.TextAsync(), StringComparison.Ordinal);
        var sitemap = await visitor.APIRequest.GetAsync("/sitemap.xml");
        Assert.Contains(PublicPath, await sitemap.TextAsync(), StringComparison.Ordinal);
    }

    private async Task CreateUserAsync(string userName, string role)
    {
        await Page.GotoAsync("/admin/pengguna/baru");
        await Page.Locator("#UserName").FillAsync(userName);
        await Page.Locator("#DisplayName").FillAsync("Pengguna " + userName);
        var unit = Page.Locator("#UnitId");
        await unit.SelectOptionAsync((await unit.Locator("option", new() { HasText = "Biro Hubungan Masyarakat" }).GetAttributeAsync("value"))!);
        await Page.Locator($"input[name=Roles][value='{role}']").CheckAsync();
        await Page.Locator("#Password").FillAsync(Password);
        await Page.Locator("form button[type=submit]").Last.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/admin/pengguna(/[^/]+)?$"));
    }

    private static async Task<IPage> SignInAsync(IBrowserContext context, string userName)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/akun/masuk");
        await page.GetByLabel("Nama pengguna").FillAsync(userName);
        await page.GetByLabel("Kata sandi").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/admin"));
        return page;
    }

    private static Task Shot(IPage page, string step, [CallerMemberName] string test = "") =>
        page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots", $"{test}-{step}.png"),
            FullPage = true,
        });
}
