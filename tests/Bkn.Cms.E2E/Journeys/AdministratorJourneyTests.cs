using System.Text.RegularExpressions;
using Bkn.Cms.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bkn.Cms.E2E.Journeys;

/// <summary>The administrator signs in and finds the features and the unit tree.</summary>
public sealed class AdministratorJourneyTests(SiteFixture site) : JourneyTest(site)
{
    [Fact]
    public async Task Administrator_signs_in_and_sees_features_and_units()
    {
        await Page.GotoAsync("/admin");
        await Expect(Page).ToHaveURLAsync(new Regex(@"/akun/masuk\?ReturnUrl=%2Fadmin$", RegexOptions.IgnoreCase));
        await ScreenshotAsync("01-login");

        await SubmitLoginAsync(SiteFixture.AdminUserName, SiteFixture.AdminPassword);
        await Expect(Page).ToHaveURLAsync(new Regex(@"/admin$"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Dasbor", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByText("Selamat datang, admin.")).ToBeVisibleAsync();
        await ScreenshotAsync("02-dashboard");

        await AdminMenu.GetByRole(AriaRole.Link, new() { Name = "Fitur", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/admin/fitur$"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Fitur", Level = 1 })).ToBeVisibleAsync();
        var unitsRow = Page.Locator("tr#fitur-Bkn\\.Cms\\.Units");
        await Expect(unitsRow.GetByRole(AriaRole.Cell).First).ToContainTextAsync("Unit Kerja");
        await Expect(unitsRow.GetByText("Selalu aktif")).ToBeVisibleAsync();
        var alwaysOn = Page.GetByRole(AriaRole.Table).GetByText("Selalu aktif", new() { Exact = true });
        Assert.True(await alwaysOn.CountAsync() >= 3, "Users, Features and Units are always enabled.");
        await ScreenshotAsync("03-features");

        await AdminMenu.GetByRole(AriaRole.Link, new() { Name = "Unit Kerja", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/admin/unit$"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Unit Kerja", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Direktorat Pengolahan Data dan Informasi Kepegawaian", Exact = true })).ToBeVisibleAsync();
        await ScreenshotAsync("04-units");
    }
}
