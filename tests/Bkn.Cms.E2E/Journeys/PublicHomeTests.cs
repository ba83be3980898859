using Bkn.Cms.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bkn.Cms.E2E.Journeys;

/// <summary>A visitor on the public home page: language, hotline, keyboard skip link, language switch.</summary>
public sealed class PublicHomeTests(SiteFixture site) : JourneyTest(site)
{
    [Fact]
    public async Task Home_page_speaks_Indonesian_has_a_skip_link_and_switches_to_English()
    {
        await Page.GotoAsync("/");
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "id");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Badan Kepegawaian Negara", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "021-80882815" }).First).ToBeVisibleAsync();
        await ScreenshotAsync("01-home");

        // The first Tab lands on the skip link; following it moves focus to the main content.
        await Page.Keyboard.PressAsync("Tab");
        var skip = Page.GetByRole(AriaRole.Link, new() { Name = "Lewati ke konten utama" });
        await Expect(skip).ToBeFocusedAsync();
        await Expect(skip).ToBeInViewportAsync();
        await ScreenshotAsync("02-skip-link-focused");
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.Locator("main#konten")).ToBeFocusedAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" })).ToHaveCountAsync(1);
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Bahasa Indonesia" })).ToBeVisibleAsync();
        await ScreenshotAsync("03-english");
    }
}
