using Bkn.Cms.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bkn.Cms.E2E.Journeys;

/// <summary>
/// What a visitor and an editor see of news pictures: the home page and a news page show pictures with their alt text
/// (desktop and phone screenshots are saved), and the editor chooses a picture from thumbnails, with an alt field,
/// without the editor growing wider than the window.
/// </summary>
public sealed class HumasImagesJourneyTests(SiteFixture site) : JourneyTest(site)
{
    private const string SampleAlt = "Ilustrasi berkas usul kenaikan pangkat digital dengan tanda centang";

    [Fact]
    public async Task A_visitor_sees_news_pictures_with_alt_text_on_the_home_page_and_a_news_page_on_desktop_and_phone()
    {
        await Page.GotoAsync("/");
        await Expect(Page.Locator("header img.logo-mark")).ToBeVisibleAsync();
        var cardPicture = Page.Locator(".home-news .card img").First;
        await Expect(cardPicture).ToBeVisibleAsync();
        var picture = Page.Locator(".home-news .card img[alt^='Ilustrasi']").First;
        await picture.ScrollIntoViewIfNeededAsync();
        await Expect(picture).ToBeVisibleAsync();
        Assert.True(await picture.EvaluateAsync<int>("img => img.naturalWidth") > 0, "The picture loaded.");
        Assert.Contains(".webp", await picture.EvaluateAsync<string>("img => img.currentSrc"), StringComparison.Ordinal);
        await ScreenshotAsync("home-1280");

        await Page.GotoAsync("/berita");
        await Expect(Page.GetByAltText(SampleAlt)).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "BKN Uji Coba Kenaikan Pangkat Otomatis Less Paper di Tiga Provinsi" }).ClickAsync();
        var hero = Page.Locator(".hero-image img");
        await Expect(hero).ToHaveAttributeAsync("alt", SampleAlt);
        Assert.True(await hero.EvaluateAsync<int>("img => img.naturalWidth") >= 640, "The detail page takes a wide copy.");
        await ScreenshotAsync("news-1280");
        var newsUrl = Page.Url;

        await Page.SetViewportSizeAsync(390, 844);
        await Page.GotoAsync("/");
        await Expect(Page.Locator(".home-news .card img[alt^='Ilustrasi']").First).ToBeVisibleAsync();
        await ScreenshotAsync("home-390");
        await Page.GotoAsync(newsUrl);
        await Expect(Page.Locator(".hero-image img")).ToBeVisibleAsync();
        Assert.True(await Page.Locator(".hero-image img").EvaluateAsync<double>("img => img.getBoundingClientRect().width") <= 390, "The picture fits the phone.");
        await ScreenshotAsync("news-390");
    }

    [Fact]
    public async Task An_editor_chooses_a_picture_from_thumbnails_and_sees_its_alt_text_in_the_alt_field()
    {
        await Page.GotoAsync("/akun/masuk");
        await SubmitLoginAsync(SiteFixture.AdminUserName, SiteFixture.AdminPassword);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Dasbor", Level = 1 })).ToBeVisibleAsync();

        await Page.GotoAsync("/admin/konten/beritabkn00000000000000002");
        var picker = Page.GetByRole(AriaRole.Group, new() { Name = "Gambar utama" });
        await Expect(picker).ToBeVisibleAsync();
        Assert.True(await picker.Locator("img.media-thumb").CountAsync() >= 5, "The picker shows thumbnails.");
        var alt = Page.GetByLabel("Teks alternatif gambar");
        await Expect(alt).ToBeVisibleAsync();
        await Expect(alt).ToHaveAttributeAsync("placeholder", "Ilustrasi gedung instansi pemerintah");

        // The editor stays within the window with a picture chosen.
        Assert.True(await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 1280, "The editor does not grow wider than the window.");
        await picker.Locator("label.media-choice", new() { HasText = "helpdesk-sscn" }).ClickAsync();
        await Expect(alt).ToHaveAttributeAsync("placeholder", "Ilustrasi pelamar CPNS yang dibantu petugas helpdesk");
        await ScreenshotAsync("editor-picker");
    }
}
