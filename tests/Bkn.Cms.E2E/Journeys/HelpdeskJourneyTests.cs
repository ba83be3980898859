using System.Text.RegularExpressions;
using Bkn.Cms.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bkn.Cms.E2E.Journeys;

/// <summary>An applicant files a ticket with a scan, an operator answers it, the applicant reads the answer and rates it.</summary>
public sealed partial class HelpdeskJourneyTests(SiteFixture site) : JourneyTest(site)
{
    private static readonly string[] Words =
    [
        "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
        "sebelas", "dua belas", "tiga belas", "empat belas", "lima belas", "enam belas", "tujuh belas", "delapan belas", "sembilan belas", "dua puluh",
    ];

    [Fact]
    public async Task Applicant_files_a_ticket_with_a_scan_operator_answers_applicant_reads_and_rates()
    {
        // The applicant reads the FAQ, chooses the category and fills its form.
        await Page.GotoAsync("/helpdesk");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Helpdesk SSCN", Level = 1 })).ToBeVisibleAsync();
        await Page.GetByText("Saya lupa jawaban pertanyaan pengaman.").ClickAsync();
        await Expect(Page.GetByText("pindaian KTP serta KK").First).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Lupa jawaban pengaman ke-2") }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Lupa jawaban pengaman ke-2", Level = 1 })).ToBeVisibleAsync();

        await Page.GetByLabel("Nomor Induk Kependudukan (NIK)").FillAsync("3201015203990001");
        await Page.GetByLabel("Nama (sesuai KTP)").FillAsync("Siti Rahmawati");
        await Page.GetByLabel("Tempat lahir (sesuai KTP)").FillAsync("Bandung");
        await Page.GetByLabel("Tanggal lahir (sesuai KTP)").FillAsync("1999-03-12");
        await Page.GetByLabel("Nomor Kartu Keluarga (KK)").FillAsync("3201019999990001");
        await Page.GetByLabel("Pindaian KTP (PDF atau JPG, maks. 200 KB)").SetInputFilesAsync(new FilePayload { Name = "ktp.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n% KTP\n"u8.ToArray() });
        await Page.GetByLabel("Pindaian Kartu Keluarga (PDF atau JPG, maks. 200 KB)").SetInputFilesAsync(new FilePayload { Name = "kk.jpg", MimeType = "image/jpeg", Buffer = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46] });
        await Page.GetByLabel("Pertanyaan atau keterangan (maks. 250 karakter)").FillAsync("Saya lupa jawaban pengaman ke-2.");
        await Page.GetByLabel("E-mail untuk konfirmasi (tidak wajib)").FillAsync("siti@contoh.id");
        var captcha = Page.Locator("label[for=CaptchaAnswer]");
        var question = CaptchaRegex().Match(await captcha.InnerTextAsync());
        Assert.True(question.Success, "the captcha is a question in words");
        var a = Array.IndexOf(Words, question.Groups[1].Value);
        var b = Array.IndexOf(Words, question.Groups[3].Value);
        await Page.GetByRole(AriaRole.Textbox, new() { NameRegex = new Regex("^Berapa") }).FillAsync((question.Groups[2].Value == "ditambah" ? a + b : a - b).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await ScreenshotAsync("01-form");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Kirim", Exact = true }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Pertanyaan Anda sudah kami terima" })).ToBeVisibleAsync();
        var number = (await Page.Locator("#nomor-tiket").InnerTextAsync()).Trim();
        Assert.Matches("^HD-[0-9]{4}-[0-9]{6}$", number);
        await ScreenshotAsync("02-number");

        // An operator finds the ticket, claims it and answers with a canned answer.
        var operatorContext = await Site.NewContextAsync();
        var operatorPage = await operatorContext.NewPageAsync();
        await operatorPage.GotoAsync("/akun/masuk");
        await operatorPage.GetByLabel("Nama pengguna").FillAsync("operator1");
        await operatorPage.GetByLabel("Kata sandi").FillAsync(SiteFixture.HelpdeskPassword);
        await operatorPage.GetByRole(AriaRole.Button, new() { Name = "Masuk", Exact = true }).ClickAsync();
        await operatorPage.GetByRole(AriaRole.Navigation, new() { Name = "Menu admin" }).GetByRole(AriaRole.Link, new() { Name = "Helpdesk", Exact = true }).ClickAsync();
        await operatorPage.GetByLabel(new Regex("^Cari")).FillAsync(number);
        await operatorPage.GetByLabel(new Regex("^Cari")).PressAsync("Enter");
        await Expect(operatorPage.GetByText("3201********0001")).ToBeVisibleAsync();
        await operatorPage.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await Expect(operatorPage.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex($"Tiket {number}") })).ToBeVisibleAsync();
        await Expect(operatorPage.GetByText("3201015203990001")).ToHaveCountAsync(0);
        await operatorPage.GetByRole(AriaRole.Button, new() { Name = "Ambil tiket" }).ClickAsync();
        await Expect(operatorPage.Locator("#petugas")).ToHaveTextAsync("operator1");
        await operatorPage.GetByLabel("Sisipkan jawaban siap pakai").SelectOptionAsync(new SelectOptionValue { Label = "Jawaban pengaman ke-2 diatur ulang" });
        await Expect(operatorPage.GetByLabel("Jawaban (terlihat oleh pelamar)")).ToHaveValueAsync(new Regex("Jawaban pertanyaan pengaman ke-2 Anda telah diatur ulang"));
        await operatorPage.GetByRole(AriaRole.Button, new() { Name = "Kirim jawaban" }).ClickAsync();
        await Expect(operatorPage.GetByText("Jawaban terkirim ke pelamar.")).ToBeVisibleAsync();
        await Expect(operatorPage.Locator("#status-tiket")).ToHaveTextAsync("Dijawab");
        await operatorPage.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots", "Helpdesk-03-operator.png"), FullPage = true });
        await operatorContext.DisposeAsync();

        // The applicant checks the status, reads the answer and rates it.
        await Page.GotoAsync("/helpdesk");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Cek status tiket" }).ClickAsync();
        await Page.GetByLabel("Nomor tiket").FillAsync(number);
        await Page.GetByLabel("NIK").FillAsync("3201015203990001");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Cek status" }).ClickAsync();
        await Expect(Page.GetByText("Jawaban pertanyaan pengaman ke-2 Anda telah diatur ulang")).ToBeVisibleAsync();
        await Expect(Page.Locator("[aria-current=step]")).ToContainTextAsync("Jawaban");
        await Page.GetByLabel("4 — Sangat puas").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Kirim penilaian" }).ClickAsync();
        await Expect(Page.GetByText("Terima kasih atas penilaian Anda.")).ToBeVisibleAsync();
        await Expect(Page.Locator("#penilaian")).ToHaveTextAsync("Penilaian Anda: 4 dari 4.");
        await ScreenshotAsync("04-rated");
    }

    [GeneratedRegex("Berapa ([a-z ]+?) (ditambah|dikurangi) ([a-z ]+?)\\?")]
    private static partial Regex CaptchaRegex();
}
