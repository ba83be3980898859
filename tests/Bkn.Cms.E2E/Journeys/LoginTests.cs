using System.Text.RegularExpressions;
using Bkn.Cms.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bkn.Cms.E2E.Journeys;

/// <summary>Signing in with a wrong password.</summary>
public sealed class LoginTests(SiteFixture site) : JourneyTest(site)
{
    [Fact]
    public async Task Wrong_password_shows_an_error_and_keeps_the_user_name()
    {
        await Page.GotoAsync("/akun/masuk");
        await SubmitLoginAsync(SiteFixture.AdminUserName, "Salah-Sandi-2026");

        await Expect(Page).ToHaveURLAsync(new Regex(@"/akun/masuk$"));
        await Expect(Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Nama pengguna atau kata sandi salah.");
        await Expect(Page.GetByLabel("Nama pengguna")).ToHaveValueAsync(SiteFixture.AdminUserName);
        await Expect(Page.GetByLabel("Kata sandi")).ToHaveValueAsync("");
        await ScreenshotAsync("01-error");
    }
}
