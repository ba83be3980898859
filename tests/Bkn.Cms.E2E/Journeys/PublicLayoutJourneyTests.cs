using System.Text.RegularExpressions;
using Bkn.Cms.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bkn.Cms.E2E.Journeys;

/// <summary>
/// The public site and the admin on a phone (390 px) and a desktop (1280 px): the menu button, the one-row navigation,
/// the search page with its spelling suggestion, no page wider than the screen, and screenshots of the main pages.
/// </summary>
public sealed partial class PublicLayoutJourneyTests(SiteFixture site) : JourneyTest(site)
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };
    private static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };

    private static readonly string[] Words = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh"];

    [Fact]
    public async Task On_a_phone_the_content_comes_first_and_the_menu_button_opens_the_navigation()
    {
        await Page.SetViewportSizeAsync(Phone.Width, Phone.Height);
        await Page.GotoAsync("/");
        var news = Page.GetByRole(AriaRole.Navigation, new() { Name = "Navigasi utama" }).GetByRole(AriaRole.Link, new() { Name = "Berita", Exact = true });
        await Expect(news).ToBeHiddenAsync();

        // The page's heading is on the first screen, right under the header (not after 300 px of links).
        var heading = await Page.GetByRole(AriaRole.Heading, new() { Level = 1 }).First.BoundingBoxAsync();
        Assert.NotNull(heading);
        Assert.True(heading.Y < 220, $"the first heading starts at {heading.Y} px");

        var menu = Page.GetByRole(AriaRole.Button, new() { Name = "Menu" });
        await Expect(menu).ToHaveAttributeAsync("aria-expanded", "false");
        await menu.ClickAsync();
        await Expect(menu).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(news).ToBeVisibleAsync();
        await ScreenshotAsync("01-phone-menu-open");

        await Page.Keyboard.PressAsync("Escape");
        await Expect(news).ToBeHiddenAsync();
        await Expect(menu).ToBeFocusedAsync();

        // The menu leads somewhere: open it again and follow a link.
        await menu.ClickAsync();
        await news.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/berita"));
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Menu" })).ToHaveAttributeAsync("aria-expanded", "false");

        // A desktop shows every link on one row with the search box in the header, and no menu button.
        await Page.SetViewportSizeAsync(Desktop.Width, Desktop.Height);
        await Page.GotoAsync("/");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Menu" })).ToBeHiddenAsync();
        var tops = await Page.Locator(".site-nav li").EvaluateAllAsync<double[]>("items => items.map(i => Math.round(i.getBoundingClientRect().top))");
        Assert.Single(tops.Distinct());
        var search = await Page.GetByRole(AriaRole.Searchbox, new() { Name = "Cari di situs" }).BoundingBoxAsync();
        var logo = await Page.Locator(".site-header .logo").BoundingBoxAsync();
        Assert.True(search!.Y < logo!.Y + logo.Height, "the search box sits in the header row, beside the logo");
    }

    [Fact]
    public async Task A_misspelt_search_suggests_the_likely_words_and_shows_their_results_with_clean_snippets()
    {
        await Page.GotoAsync("/");
        await Page.GetByRole(AriaRole.Searchbox, new() { Name = "Cari di situs" }).FillAsync("kenaikn pangakt");
        await Page.GetByRole(AriaRole.Search).First.GetByRole(AriaRole.Button, new() { Name = "Cari" }).ClickAsync();

        await Expect(Page.GetByText("Menampilkan hasil untuk:")).ToBeVisibleAsync();
        var suggestion = Page.GetByRole(AriaRole.Link, new() { Name = "kenaikan pangkat", Exact = true });
        await Expect(suggestion).ToBeVisibleAsync();
        await Expect(Page.GetByText("Tidak ada hasil untuk \"kenaikn pangakt\".")).ToBeVisibleAsync();
        var results = Page.Locator(".search-results > li");
        Assert.True(await results.CountAsync() > 0, "the corrected words find pages");
        await Expect(Page.Locator(".search-results mark").First).ToBeVisibleAsync();

        // The regulation's snippet is its abstract, not a dump of its metadata (type, place, status, language).
        var regulation = results.Filter(new() { HasText = "Nomor 25 Tahun 2013" }).First;
        var snippet = await regulation.Locator(".snippet").InnerTextAsync();
        Assert.DoesNotContain("Peraturan Perundang-undangan", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("Biro Hukum", snippet, StringComparison.Ordinal);
        Assert.Contains("persetujuan teknis", snippet, StringComparison.OrdinalIgnoreCase);

        // The controls are styled, not browser defaults.
        var select = Page.GetByLabel("Jenis");
        Assert.Equal("none", await select.EvaluateAsync<string>("e => getComputedStyle(e).appearance"));
        await ScreenshotAsync("01-suggestion");

        await suggestion.ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Searchbox, new() { Name = "Kata kunci" })).ToHaveValueAsync("kenaikan pangkat");
        await Expect(Page.GetByText("Menampilkan hasil untuk:")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task No_page_is_wider_than_a_phone_or_a_desktop_screen_and_the_admin_menu_folds_on_a_phone()
    {
        var status = await FileTicketAsync();
        await Page.GotoAsync("/berita");
        var newsPage = await Page.Locator("main .publication-list h2 a").First.GetAttributeAsync("href");
        Assert.NotNull(newsPage);
        string[] publicPages = ["/", newsPage, "/cari?q=kenaikan+pangkat", status, "/helpdesk", "/peraturan"];
        foreach (var size in new[] { Phone, Desktop })
        {
            await Page.SetViewportSizeAsync(size.Width, size.Height);
            foreach (var path in publicPages)
            {
                await AssertNoSidewaysScrollAsync(path, size);
            }
        }

        await Page.GotoAsync("/akun/masuk");
        await SubmitLoginAsync(SiteFixture.AdminUserName, SiteFixture.AdminPassword);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        string[] adminPages =
        [
            "/admin", "/admin/helpdesk", "/admin/konten", "/admin/pengguna", "/admin/instansi", "/admin/jejak-audit", "/admin/sop", "/admin/kpo",
            "/admin/sapk", "/admin/pkt/laporan", "/admin/layanan-web",
        ];
        foreach (var size in new[] { Phone, Desktop })
        {
            await Page.SetViewportSizeAsync(size.Width, size.Height);
            foreach (var path in adminPages)
            {
                await AssertNoSidewaysScrollAsync(path, size);
            }
        }

        // A wide table scrolls inside its own container instead of widening the page.
        await Page.SetViewportSizeAsync(Phone.Width, Phone.Height);
        await Page.GotoAsync("/admin/helpdesk");
        await Expect(Page.Locator(".table-scroll > table").First).ToBeAttachedAsync();
        await ScreenshotAsync("01-admin-queue-phone");

        // The side menu folds behind the menu button on a phone.
        await Expect(AdminMenu).ToBeHiddenAsync();
        var menu = Page.GetByRole(AriaRole.Button, new() { Name = "Menu" });
        await menu.ClickAsync();
        await Expect(AdminMenu).ToBeVisibleAsync();
        await ScreenshotAsync("02-admin-menu-open-phone");
        await AdminMenu.GetByRole(AriaRole.Link, new() { Name = "Dasbor", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/admin$"));
        await Expect(AdminMenu).ToBeHiddenAsync();

        await Page.SetViewportSizeAsync(Desktop.Width, Desktop.Height);
        await Expect(AdminMenu).ToBeVisibleAsync();
        await Expect(menu).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Screenshots_of_home_news_search_and_helpdesk_status_on_a_desktop_and_a_phone()
    {
        var status = await FileTicketAsync();
        await Page.GotoAsync("/berita");
        var newsPage = await Page.Locator("main .publication-list h2 a").First.GetAttributeAsync("href");
        var pages = new (string Name, string Path)[] { ("home", "/"), ("news", newsPage!), ("search", "/cari?q=kenaikn+pangakt"), ("helpdesk-status", status) };
        foreach (var (device, size) in new[] { ("desktop", Desktop), ("phone", Phone) })
        {
            await Page.SetViewportSizeAsync(size.Width, size.Height);
            foreach (var (name, path) in pages)
            {
                await Page.GotoAsync(path);
                await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 }).First).ToBeVisibleAsync();
                await ScreenshotAsync($"{name}-{device}");
            }
        }
    }

    private async Task AssertNoSidewaysScrollAsync(string path, ViewportSize size)
    {
        var response = await Page.GotoAsync(path);
        Assert.True(response is { Status: 200 }, $"{path} answered {response?.Status}");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 }).First).ToBeVisibleAsync();
        var widths = await Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"{path} at {size.Width} px is {widths[0]} px wide (screen {widths[1]} px)");
    }

    /// <summary>Files a question in "Kontak petugas" and returns the private status page the confirmation links to.</summary>
    private async Task<string> FileTicketAsync()
    {
        await Page.GotoAsync("/helpdesk/formulir/kontak-petugas");
        await Page.GetByLabel("Nomor Induk Kependudukan (NIK)").FillAsync("3201015203990002");
        await Page.GetByLabel("Nama (sesuai KTP)").FillAsync("Dewi Lestari");
        await Page.GetByLabel("Jenis permasalahan").SelectOptionAsync("Lainnya");
        await Page.GetByLabel("Instansi yang dilamar").FillAsync("Badan Kepegawaian Negara");
        await Page.GetByLabel("Pertanyaan atau keterangan (maks. 250 karakter)").FillAsync("Kapan jadwal seleksi kompetensi dasar diumumkan?");
        var question = CaptchaRegex().Match(await Page.Locator("label[for=CaptchaAnswer]").InnerTextAsync());
        Assert.True(question.Success, "the captcha is a question in words");
        var a = Array.IndexOf(Words, question.Groups[1].Value);
        var b = Array.IndexOf(Words, question.Groups[3].Value);
        await Page.Locator("#CaptchaAnswer").FillAsync((question.Groups[2].Value == "ditambah" ? a + b : a - b).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Kirim", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Pertanyaan Anda sudah kami terima" })).ToBeVisibleAsync();
        var link = Page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Lihat status tiket") });
        return (await link.GetAttributeAsync("href"))!;
    }

    [GeneratedRegex("Berapa (\\S+) (ditambah|dikurangi) (\\S+)\\?")]
    private static partial Regex CaptchaRegex();
}
