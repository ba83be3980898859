using System.Text.RegularExpressions;
using Bkn.Cms.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bkn.Cms.E2E.Journeys;

/// <summary>
/// KPO less paper: the operator of a pilot agency reconciles a line of the otomatis list and submits its dossier, the
/// BKN verifier marks it BTL, the agency completes it, the verifier marks it MS and issues the Pertek, and the
/// dashboard counts it.
/// </summary>
public sealed partial class KpoJourneyTests(SiteFixture site) : JourneyTest(site)
{
    private static readonly FilePayload Pdf = new() { Name = "dokumen.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n% KPO\n%%EOF\n"u8.ToArray() };

    [Fact]
    public async Task Agency_submits_an_otomatis_dossier_verifier_marks_BTL_agency_completes_verifier_marks_MS_and_issues_the_Pertek()
    {
        // The agency operator (BKD Jawa Tengah) opens the otomatis list of the period in verification.
        await SignInAsync(Page, "operator.kpo.jateng");
        await AdminMenu.GetByRole(AriaRole.Link, new() { Name = "KPO/PPO", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "KPO/PPO — kenaikan pangkat dan pensiun otomatis" })).ToBeVisibleAsync();
        var pertekBefore = await CountAsync(Page, "PERTEK");
        var lists = Page.Locator("table").Last.Locator("tbody tr");
        await Expect(lists.First).ToContainTextAsync("Jawa Tengah");
        await lists.Last.GetByRole(AriaRole.Link).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "KP Reguler Otomatis", Exact = true }).ClickAsync();
        var eligible = Page.Locator("#nominatif tbody tr").Filter(new() { Has = Page.Locator("td:nth-child(7)", new() { HasTextRegex = YesRegex() }) })
            .Filter(new() { Has = Page.Locator("td:nth-child(8)", new() { HasTextRegex = NotYetRegex() }) });
        await Expect(eligible.Last).ToBeVisibleAsync();
        await Expect(Page.Locator("#nominatif tbody")).Not.ToContainTextAsync("Jawa Timur");
        await ScreenshotAsync("01-nominatif");
        await eligible.Last.GetByRole(AriaRole.Link).ClickAsync();

        // Reconciliation: the data are right; the dossier is made, its documents uploaded and submitted.
        await Expect(Page.Locator("#memenuhi")).ToHaveTextAsync("Ya");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Konfirmasi data benar" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Buat usulan" }).ClickAsync();
        await Expect(Page.GetByText("Usulan dibuat. Unggah dokumennya lalu ajukan.")).ToBeVisibleAsync();
        var number = (await Page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).Replace("Usulan", "", StringComparison.Ordinal).Trim();
        Assert.Matches("^KP-[0-9]{6}-[0-9A-F]{8}$", number);
        await UploadAsync(Page, "Surat Pengantar NUKP");
        await UploadAsync(Page, "SKP 2 tahun terakhir");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Ajukan ke BKN" }).ClickAsync();
        await Expect(Page.Locator("#status")).ToHaveAttributeAsync("data-status", "DIAJUKAN");
        await ScreenshotAsync("02-diajukan");

        // The BKN verifier finds it in the queue and marks it BTL: the SKP is missing a signature.
        var verifierContext = await Site.NewContextAsync();
        var verifier = await verifierContext.NewPageAsync();
        await SignInAsync(verifier, "verifikator.kpo");
        await verifier.GotoAsync("/admin/kpo/usulan?status=DIAJUKAN&jenis=kp-otomatis");
        await verifier.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await verifier.GetByLabel("BTL — berkas tidak lengkap").CheckAsync();
        await verifier.Locator("input[name=kurang][value=skp]").CheckAsync();
        await verifier.GetByLabel("Batas waktu").FillAsync(DateTime.UtcNow.AddHours(7).AddDays(14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await verifier.GetByLabel("Alasan (wajib untuk BTS dan TMS)").FillAsync("SKP tahun lalu belum ditandatangani pejabat penilai.");
        await verifier.GetByRole(AriaRole.Button, new() { Name = "Simpan keputusan" }).ClickAsync();
        await Expect(verifier.Locator("#status")).ToHaveAttributeAsync("data-status", "BTL");

        // The agency sees what is missing, uploads it again and resubmits.
        await Page.ReloadAsync();
        await Expect(Page.Locator("#status")).ToHaveAttributeAsync("data-status", "BTL");
        await Expect(Page.Locator("#dokumen tr.late")).ToContainTextAsync("SKP 2 tahun terakhir");
        await Expect(Page.Locator("#alasan")).ToHaveTextAsync("SKP tahun lalu belum ditandatangani pejabat penilai.");
        await ScreenshotAsync("03-btl");
        await UploadAsync(Page, "SKP 2 tahun terakhir");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Ajukan ke BKN" }).ClickAsync();
        await Expect(Page.Locator("#status")).ToHaveAttributeAsync("data-status", "DIAJUKAN");

        // The verifier marks it MS and issues the Pertek.
        await verifier.ReloadAsync();
        await verifier.GetByLabel("MS — memenuhi syarat").CheckAsync();
        await verifier.GetByRole(AriaRole.Button, new() { Name = "Simpan keputusan" }).ClickAsync();
        await Expect(verifier.Locator("#status")).ToHaveAttributeAsync("data-status", "MS");
        await verifier.GetByRole(AriaRole.Button, new() { Name = "Terbitkan Pertek" }).ClickAsync();
        await Expect(verifier.Locator("#status")).ToHaveAttributeAsync("data-status", "PERTEK");
        await Expect(verifier.Locator("#pertek")).ToContainTextAsync("/PERTEK-KP/");
        await Expect(verifier.Locator("#riwayat tbody tr")).ToHaveCountAsync(5);
        await verifier.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots", "Kpo-04-pertek.png"), FullPage = true });
        await verifierContext.DisposeAsync();

        // The agency's dashboard counts one more dossier with its Pertek.
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "KPO/PPO" }).GetByRole(AriaRole.Link, new() { Name = "Dasbor" }).ClickAsync();
        await Expect(Page.Locator("td[data-status=PERTEK]")).ToHaveTextAsync((pertekBefore + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await ScreenshotAsync("05-dasbor");
    }

    private static async Task SignInAsync(IPage page, string userName)
    {
        await page.GotoAsync("/akun/masuk");
        await page.GetByLabel("Nama pengguna").FillAsync(userName);
        await page.GetByLabel("Kata sandi").FillAsync(SiteFixture.KpoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Menu admin" })).ToBeVisibleAsync();
    }

    private static async Task<int> CountAsync(IPage page, string status) =>
        int.Parse((await page.Locator($"td[data-status={status}]").InnerTextAsync()).Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);

    private static async Task UploadAsync(IPage page, string item)
    {
        var row = page.Locator("#dokumen tbody tr").Filter(new() { HasText = item });
        await row.Locator("input[type=file]").SetInputFilesAsync(Pdf);
        await row.GetByRole(AriaRole.Button, new() { Name = "Unggah" }).ClickAsync();
        await Expect(page.GetByText("Dokumen diunggah.")).ToBeVisibleAsync();
    }

    [GeneratedRegex("^Ya$")]
    private static partial Regex YesRegex();

    [GeneratedRegex("^belum$")]
    private static partial Regex NotYetRegex();
}
