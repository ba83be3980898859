using System.Text.RegularExpressions;
using Bkn.Cms.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bkn.Cms.E2E.Journeys;

/// <summary>The administrator hands one unit's tree to a new user, who then sees only that part of the admin.</summary>
public sealed class UnitManagerJourneyTests(SiteFixture site) : JourneyTest(site)
{
    private const string RoleName = "Pengelola Unit Uji";
    private const string UserName = "pengelola.sinka";
    private const string UserPassword = "Sinka-Uji-2026";

    [Fact]
    public async Task Unit_manager_sees_only_the_units_of_own_deputy()
    {
        await Page.GotoAsync("/akun/masuk");
        await SubmitLoginAsync(SiteFixture.AdminUserName, SiteFixture.AdminPassword);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Dasbor", Level = 1 })).ToBeVisibleAsync();

        // A role granting "Kelola unit kerja" for the own unit and below.
        await Page.GotoAsync("/admin/peran/baru");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Tambah peran", Level = 1 })).ToBeVisibleAsync();
        await Page.GetByLabel("Nama peran").FillAsync(RoleName);
        await Page.GetByLabel("Keterangan").FillAsync("Peran uji end-to-end.");
        var manageUnits = Page.Locator("select[name='Grants[ManageUnits]']");
        await Expect(Page.GetByLabel("Kelola unit kerja", new() { Exact = true })).ToHaveAttributeAsync("name", "Grants[ManageUnits]");
        await manageUnits.SelectOptionAsync(new SelectOptionValue { Label = "Unit sendiri" });
        await Expect(manageUnits).ToHaveValueAsync("OwnUnit");
        await ScreenshotAsync("01-role-form");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/admin/peran$"));
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Peran {RoleName} disimpan.");
        var roleRow = Page.GetByRole(AriaRole.Row).Filter(new() { Has = Page.GetByRole(AriaRole.Link, new() { Name = RoleName, Exact = true }) });
        await Expect(roleRow.GetByRole(AriaRole.Cell).Nth(3)).ToHaveTextAsync("1");
        await ScreenshotAsync("02-role-saved");

        // A user of the Deputy for Personnel Information Systems holding that role.
        await Page.GotoAsync("/admin/pengguna/baru");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Tambah pengguna", Level = 1 })).ToBeVisibleAsync();
        await Page.GetByLabel("Nama pengguna").FillAsync(UserName);
        await Page.GetByLabel("Nama lengkap").FillAsync("Pengelola Unit SINKA");
        var unit = Page.GetByLabel("Unit kerja");
        var deputy = await unit.Locator("option", new() { HasText = "Deputi Bidang Sistem Informasi Kepegawaian" }).GetAttributeAsync("value");
        await unit.SelectOptionAsync(deputy!);
        await Page.GetByRole(AriaRole.Checkbox, new() { Name = RoleName, Exact = true }).CheckAsync();
        await Page.GetByLabel("Kata sandi", new() { Exact = true }).FillAsync(UserPassword);
        await ScreenshotAsync("03-user-form");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/admin/pengguna$"));
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Pengguna {UserName} berhasil dibuat.");
        var userRow = Page.GetByRole(AriaRole.Row).Filter(new() { Has = Page.GetByRole(AriaRole.Link, new() { Name = UserName, Exact = true }) });
        await Expect(userRow).ToContainTextAsync("Deputi Bidang Sistem Informasi Kepegawaian");
        await Expect(userRow).ToContainTextAsync(RoleName);
        await ScreenshotAsync("04-user-saved");

        // Sign out from the admin bar, then sign in as the new user.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Keluar" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"^[^?]*/$"));
        await Page.GotoAsync("/admin");
        await Expect(Page).ToHaveURLAsync(new Regex(@"/akun/masuk"));
        await SubmitLoginAsync(UserName, UserPassword);
        await Expect(Page.GetByText($"Selamat datang, {UserName}.")).ToBeVisibleAsync();
        await Expect(AdminMenu.GetByRole(AriaRole.Link, new() { Name = "Unit Kerja", Exact = true })).ToBeVisibleAsync();
        await Expect(AdminMenu.GetByRole(AriaRole.Link, new() { Name = "Pengguna", Exact = true })).ToHaveCountAsync(0);
        await Expect(AdminMenu.GetByRole(AriaRole.Link, new() { Name = "Fitur", Exact = true })).ToHaveCountAsync(0);
        await ScreenshotAsync("05-manager-dashboard");

        await AdminMenu.GetByRole(AriaRole.Link, new() { Name = "Unit Kerja", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Unit Kerja", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Direktorat Pengolahan Data dan Informasi Kepegawaian", Exact = true })).ToBeVisibleAsync();
        await Expect(Page.GetByText("Biro Hubungan Masyarakat")).ToHaveCountAsync(0);
        await ScreenshotAsync("06-manager-units");
    }
}
