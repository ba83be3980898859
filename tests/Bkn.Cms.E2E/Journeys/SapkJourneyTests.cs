using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Bkn.Cms.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bkn.Cms.E2E.Journeys;

/// <summary>
/// An admin uploads a SAPK file with one bad row, reads the row's error, uploads the fixed file, confirms it, and the
/// dashboard, the home page block and the public SAPK page show the new month's totals.
/// </summary>
public sealed class SapkJourneyTests(SiteFixture site) : JourneyTest(site)
{
    private const string Header = "periode,kode_instansi,user_aktif,user_tidak_aktif,login_terakhir,modul_kp_user,modul_kp_transaksi";

    [Fact]
    public async Task Admin_uploads_a_file_with_a_bad_row_fixes_it_confirms_and_the_dashboard_and_public_site_show_the_new_totals()
    {
        // Last month (Jakarta time) is never in the future, and is later than every sample period, so it becomes the latest.
        var month = DateTime.UtcNow.AddHours(7).AddMonths(-1);
        var period = month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var label = month.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("id-ID"));
        static FilePayload Csv(string name, params string[] rows) =>
            new() { Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(string.Join("\r\n", [Header, .. rows]) + "\r\n") };

        await Page.GotoAsync("/akun/masuk");
        await SubmitLoginAsync(SiteFixture.AdminUserName, SiteFixture.AdminPassword);
        await AdminMenu.GetByRole(AriaRole.Link, new() { Name = "Data SAPK: unggah dan periode" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Data SAPK: unggah dan periode", Level = 1 })).ToBeVisibleAsync();

        // The file has a typo in one agency code: it is refused whole and the row says why.
        await Page.GetByLabel("Berkas CSV atau Excel (.xlsx)").SetInputFilesAsync(Csv("sapk-bulanan.csv",
            $"{period},PUSAT-BKN,4100,120,,2000,35000",
            $"{period},PUSAT-PANRB,900,35,,400,5100",
            $"{period},PROV-333,2345,80,,1200,9800"));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Periksa berkas" }).ClickAsync();
        await Expect(Page.Locator("#sapk-ditolak")).ToContainTextAsync("Berkas ditolak; tidak ada data yang disimpan.");
        await Expect(Page.Locator("#sapk-ditolak")).ToContainTextAsync("1 dari 3 baris salah.");
        var badRow = Page.Locator("#sapk-baris tr.sapk-failed");
        await Expect(badRow).ToHaveCountAsync(1);
        await Expect(badRow).ToContainTextAsync("Kode instansi 'PROV-333' tidak terdaftar.");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Konfirmasi dan simpan" })).ToHaveCountAsync(0);
        await ScreenshotAsync("01-refused");

        // The fixed file passes; nothing is stored until the admin confirms.
        await Page.GetByRole(AriaRole.Link, new() { Name = "Kembali ke Data SAPK" }).ClickAsync();
        await Page.GetByLabel("Berkas CSV atau Excel (.xlsx)").SetInputFilesAsync(Csv("sapk-bulanan.csv",
            $"{period},PUSAT-BKN,4100,120,,2000,35000",
            $"{period},PUSAT-PANRB,900,35,,400,5100",
            $"{period},PROV-33,2345,80,,1200,9800"));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Periksa berkas" }).ClickAsync();
        await Expect(Page.Locator("#sapk-lolos")).ToContainTextAsync($"Semua 3 baris lolos pemeriksaan. Periode: {period}.");
        await ScreenshotAsync("02-preview");

        var questions = new List<string>();
        Page.Dialog += async (_, dialog) =>
        {
            questions.Add(dialog.Message);
            await dialog.AcceptAsync();
        };
        await Page.GetByRole(AriaRole.Button, new() { Name = "Konfirmasi dan simpan" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Data periode {period} dikonfirmasi: 3 baris.");
        Assert.Equal([$"Ganti data periode {period} dengan isi berkas ini?"], questions);
        await ScreenshotAsync("03-confirmed");

        // The dashboard opens on the new month with its totals: 7,345 active and 235 inactive users.
        await AdminMenu.GetByRole(AriaRole.Link, new() { Name = "Statistik SAPK" }).ClickAsync();
        await Expect(Page.GetByLabel("Periode", new() { Exact = true })).ToHaveValueAsync(period);
        await Expect(Page.Locator("#kpi-aktif")).ToHaveTextAsync("7.345");
        await Expect(Page.Locator("#kpi-tidak-aktif")).ToHaveTextAsync("235");
        await Expect(Page.Locator("#kpi-persen")).ToContainTextAsync("96,9 %");
        await ScreenshotAsync("04-dashboard-1280");
        await Page.SetViewportSizeAsync(390, 844);
        await ScreenshotAsync("05-dashboard-390");

        // A visitor sees the new month on the home page and on the public information page.
        var visitorContext = await Site.NewContextAsync();
        var visitor = await visitorContext.NewPageAsync();
        await visitor.GotoAsync("/");
        await Expect(visitor.Locator("#home-sapk-aktif")).ToHaveTextAsync("7.345");
        await Expect(visitor.Locator("#home-sapk")).ToBeVisibleAsync();
        await Expect(visitor.GetByText($"Periode {label}")).ToBeVisibleAsync();
        await visitor.Locator(".sapk-home").ScreenshotAsync(new() { Path = Shot("06-home-block") });
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Statistik SAPK selengkapnya" }).ClickAsync();
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "Statistik pengguna SAPK", Level = 1 })).ToBeVisibleAsync();
        await Expect(visitor.Locator("#sapk-aktif")).ToHaveTextAsync("7.345");
        await Expect(visitor.Locator("#sapk-tidak-aktif")).ToHaveTextAsync("235");
        await Expect(visitor.GetByRole(AriaRole.Row, new() { NameRegex = new Regex($"^{label} 7\\.345 235$") })).ToBeVisibleAsync();
        await visitor.ScreenshotAsync(new() { Path = Shot("07-public-page"), FullPage = true });
        await visitorContext.DisposeAsync();
    }

    private static string Shot(string step) =>
        Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots", $"{nameof(Admin_uploads_a_file_with_a_bad_row_fixes_it_confirms_and_the_dashboard_and_public_site_show_the_new_totals)}-{step}.png");
}
