using System.Text.RegularExpressions;
using Bkn.Cms.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bkn.Cms.E2E.Journeys;

/// <summary>
/// A unit author builds an SOP with a decision and submits it, the evaluator sends it back for a wrong executor, the
/// author fixes it, the evaluator validates it, the unit head ratifies it and the public reads it and its print view.
/// </summary>
public sealed class SopJourneyTests(SiteFixture site) : JourneyTest(site)
{
    private const string Nomor = "SOP-E2E/PENGADAAN/001";
    private const string Nama = "Penetapan Pertimbangan Teknis Kenaikan Pangkat (uji)";

    [Fact]
    public async Task Author_builds_and_submits_evaluator_returns_author_fixes_evaluator_validates_head_ratifies_public_reads()
    {
        // The author of Direktorat Pengadaan dan Kepangkatan opens a new SOP.
        await Page.GotoAsync("/admin/sop");
        await SubmitLoginAsync("penyusun.sop", SiteFixture.SopPassword);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Registri SOP", Level = 1 })).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "SOP baru", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "SOP baru", Level = 1 })).ToBeVisibleAsync();

        await Page.GetByLabel("Nomor SOP", new() { Exact = true }).FillAsync(Nomor);
        await Page.GetByLabel("Nama SOP", new() { Exact = true }).FillAsync(Nama);
        await Page.GetByLabel("Disahkan oleh — jabatan").FillAsync("Direktur Pengadaan dan Kepangkatan");
        await Page.GetByLabel("Disahkan oleh — nama").FillAsync("Pejabat Contoh");
        await Page.GetByLabel("Disahkan oleh — NIP").FillAsync("197001011995031001");
        await Page.GetByLabel(new Regex("^Dasar Hukum")).FillAsync("Peraturan Pemerintah Nomor 99 Tahun 2000 tentang Kenaikan Pangkat PNS");
        await Page.GetByLabel("Peringatan", new() { Exact = true }).FillAsync("Usul yang tidak lengkap dikembalikan kepada instansi pengusul.");
        await Page.GetByLabel("Kualifikasi Pelaksana", new() { Exact = true }).FillAsync("Memahami peraturan kenaikan pangkat.");
        await Page.GetByLabel("Peralatan/Perlengkapan", new() { Exact = true }).FillAsync("Komputer, aplikasi SAPK");
        await Page.GetByLabel("Pencatatan dan Pendataan", new() { Exact = true }).FillAsync("Berkas usul dan pertimbangan teknis");

        // A second legal basis picked from the site's regulation register (linked on the public page).
        await Page.GetByLabel(new Regex("^Cari peraturan di register")).FillAsync("25 tahun 2013");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Cari peraturan", Exact = true }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Tambahkan ke Dasar Hukum: Peraturan Kepala Badan Kepegawaian Negara Nomor 25 Tahun 2013") }).ClickAsync();
        await Expect(Page.GetByText("Peraturan ditambahkan ke Dasar Hukum; tekan Simpan.")).ToBeVisibleAsync();
        await Expect(Page.GetByLabel(new Regex("^Dasar Hukum"))).ToHaveValueAsync(new Regex("Kenaikan Pangkat PNS\nPeraturan Kepala Badan Kepegawaian Negara Nomor 25 Tahun 2013 .* \\| peraturan:peraturanperka250000000001$"));

        // Rows: start, check (with the wrong executor), decision, approval, return, end.
        await Row(0, "Menerima usul kenaikan pangkat", "Pengadministrasi Kepegawaian", "15 menit");
        await Row(1, "Memverifikasi kelengkapan berkas usul", "Kepala Seksi Kepangkatan Instansi Pusat", "1 jam");
        await Rows.Nth(1).GetByRole(AriaRole.Button, new() { Name = "+ Keputusan di bawahnya" }).ClickAsync();
        await Expect(Rows).ToHaveCountAsync(4);
        await Rows.Nth(2).Locator("textarea[name='Steps[2].Kegiatan']").FillAsync("Apakah berkas lengkap?");
        await Rows.Nth(2).Locator("select[name='Steps[2].Pelaksana']").SelectOptionAsync("Verifikator Kenaikan Pangkat");
        await Rows.Nth(2).GetByRole(AriaRole.Button, new() { Name = "+ Kegiatan di bawahnya" }).ClickAsync();
        await Expect(Rows).ToHaveCountAsync(5);
        await Row(3, "Menetapkan pertimbangan teknis", "Direktur Pengadaan dan Kepangkatan", "1 hari");
        await Rows.Nth(3).GetByRole(AriaRole.Button, new() { Name = "+ Kegiatan di bawahnya" }).ClickAsync();
        await Expect(Rows).ToHaveCountAsync(6);
        await Row(4, "Mengembalikan berkas kepada pengusul", "Pengadministrasi Kepegawaian", "30 menit");
        await Row(5, "Mengarsipkan dokumen", "Pengadministrasi Kepegawaian", "10 menit");

        // Wire the decision: yes → approval, no → return; the approval goes straight to the end.
        await Page.Locator("select[name='Steps[2].Yes']").SelectOptionAsync(await RowIdAsync(3));
        await Page.Locator("select[name='Steps[2].No']").SelectOptionAsync(await RowIdAsync(4));
        await Page.Locator("select[name='Steps[3].Next']").SelectOptionAsync(await RowIdAsync(5));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Simpan", Exact = true }).ClickAsync();
        await Expect(Page.GetByText("SOP disimpan.")).ToBeVisibleAsync();
        await Expect(Page.Locator("#sop-status")).ToHaveTextAsync("Draf");
        await Expect(Page.Locator("#sop-preview svg")).ToBeVisibleAsync();
        await ScreenshotAsync("01-draft");
        var address = Page.Url.Split('?')[0];

        await Page.GetByRole(AriaRole.Button, new() { Name = "Ajukan untuk validasi" }).ClickAsync();
        await Expect(Page.Locator("#sop-status")).ToHaveTextAsync("Diajukan");

        // The evaluator (Biro Ortala) finds it among submitted SOPs and returns it with a note on row 2.
        var evaluator = await SignInAsync("evaluator.sop");
        await evaluator.GotoAsync("/admin/sop?status=diajukan&q=" + Uri.EscapeDataString(Nomor));
        await evaluator.GetByRole(AriaRole.Link, new() { Name = Nomor }).ClickAsync();
        await Expect(evaluator.Locator("#sop-status")).ToHaveTextAsync("Diajukan");
        await evaluator.GetByLabel("2. Memverifikasi kelengkapan berkas usul").FillAsync("Pelaksana verifikasi berkas adalah Verifikator Kenaikan Pangkat, bukan Kepala Seksi.");
        await evaluator.GetByRole(AriaRole.Button, new() { Name = "Kembalikan untuk perbaikan" }).ClickAsync();
        await Expect(evaluator.Locator("#sop-status")).ToHaveTextAsync("Perlu perbaikan");
        await evaluator.ScreenshotAsync(new() { Path = Shot("02-returned"), FullPage = true });

        // The author reads the note at row 2, picks the right executor and submits again.
        await Page.GotoAsync(address);
        await Expect(Page.Locator("#sop-status")).ToHaveTextAsync("Perlu perbaikan");
        await Expect(Page.Locator(".sop-notes")).ToContainTextAsync("Baris 2: Pelaksana verifikasi berkas adalah Verifikator Kenaikan Pangkat");
        await Page.Locator("select[name='Steps[1].Pelaksana']").SelectOptionAsync("Verifikator Kenaikan Pangkat");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Simpan", Exact = true }).ClickAsync();
        await Expect(Page.GetByText("SOP disimpan.")).ToBeVisibleAsync();
        await ScreenshotAsync("03-fixed");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Ajukan kembali" }).ClickAsync();
        await Expect(Page.Locator("#sop-status")).ToHaveTextAsync("Diajukan");

        // The evaluator validates.
        await evaluator.GotoAsync(address);
        await evaluator.GetByRole(AriaRole.Button, new() { Name = "Nyatakan valid" }).ClickAsync();
        await Expect(evaluator.Locator("#sop-status")).ToHaveTextAsync("Divalidasi");
        await evaluator.Context.DisposeAsync();

        // The unit head ratifies with today's effective date, so the SOP is in force at once.
        var head = await SignInAsync("pengesah.sop");
        await head.GotoAsync(address);
        await head.GetByRole(AriaRole.Button, new() { Name = "Sahkan", Exact = true }).ClickAsync();
        await Expect(head.Locator("#sop-status")).ToHaveTextAsync("Berlaku");
        await head.ScreenshotAsync(new() { Path = Shot("04-ratified"), FullPage = true });
        await head.Context.DisposeAsync();

        // The public finds it among the SOPs in force, reads the flowchart and opens the print view.
        var visitor = await Site.NewContextAsync();
        var reader = await visitor.NewPageAsync();
        await reader.GotoAsync("/informasi-publik/sop");
        await reader.Locator("form.sop-search input[name=q]").FillAsync(Nomor);
        await reader.Locator("form.sop-search").GetByRole(AriaRole.Button, new() { Name = "Cari", Exact = true }).ClickAsync();
        await reader.GetByRole(AriaRole.Link, new() { Name = Nama }).ClickAsync();
        await Expect(reader.GetByRole(AriaRole.Heading, new() { Name = Nama, Level = 1 })).ToBeVisibleAsync();
        await Expect(reader.Locator(".sop-flow svg").First).ToBeVisibleAsync();
        await Expect(reader.Locator(".sop-flow")).ToContainTextAsync("Verifikator");
        await Expect(reader.Locator(".sop-flow")).Not.ToContainTextAsync("Kepala Seksi");
        await Expect(reader.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Peraturan Kepala Badan Kepegawaian Negara Nomor 25 Tahun 2013") })).ToHaveAttributeAsync("href", "/peraturan/perka-bkn-25-2013");
        await reader.ScreenshotAsync(new() { Path = Shot("05-public"), FullPage = true });
        await reader.GetByRole(AriaRole.Link, new() { Name = "Tampilan cetak (A4)" }).ClickAsync();
        await Expect(reader.GetByRole(AriaRole.Heading, new() { Name = "Standar Operasional Prosedur" })).ToBeVisibleAsync();
        await Expect(reader.Locator(".sop-flow-sheet svg").First).ToBeVisibleAsync();
        await reader.ScreenshotAsync(new() { Path = Shot("06-print"), FullPage = true });

        // The site search finds it by its number (the index follows within seconds).
        var results = reader.Locator("ol.search-results").GetByRole(AriaRole.Link, new() { Name = Nama });
        for (var attempt = 0; attempt < 20 && await results.CountAsync() == 0; attempt++)
        {
            await reader.GotoAsync("/cari?q=" + Uri.EscapeDataString(Nomor));
            if (await results.CountAsync() == 0)
            {
                await reader.WaitForTimeoutAsync(500);
            }
        }

        await Expect(results).ToBeVisibleAsync();
        await reader.ScreenshotAsync(new() { Path = Shot("07-search"), FullPage = true });
        await visitor.DisposeAsync();
    }

    private ILocator Rows => Page.Locator("li.sop-row");

    private async Task Row(int index, string kegiatan, string pelaksana, string waktu)
    {
        var row = Rows.Nth(index);
        await row.Locator($"textarea[name='Steps[{index}].Kegiatan']").FillAsync(kegiatan);
        await row.Locator($"select[name='Steps[{index}].Pelaksana']").SelectOptionAsync(pelaksana);
        await row.Locator($"input[name='Steps[{index}].Waktu']").FillAsync(waktu);
    }

    private Task<string> RowIdAsync(int index) => Page.Locator($"input[name='Steps[{index}].Id']").InputValueAsync();

    private async Task<IPage> SignInAsync(string userName)
    {
        var context = await Site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/akun/masuk");
        await page.GetByLabel("Nama pengguna").FillAsync(userName);
        await page.GetByLabel("Kata sandi").FillAsync(SiteFixture.SopPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Menu admin" })).ToBeVisibleAsync();
        return page;
    }

    private static string Shot(string step) =>
        Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots", $"{nameof(Author_builds_and_submits_evaluator_returns_author_fixes_evaluator_validates_head_ratifies_public_reads)}-{step}.png");
}
