using System.Text.Json;
using System.Text.RegularExpressions;
using Bkn.Cms.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bkn.Cms.E2E.Journeys;

/// <summary>
/// A walk-in visitor at the PKT single window: takes a ticket at the kiosk, the counter staff calls it, the display
/// screen shows the call and speaks it, the staff records the case and the visitor rates the service (SKM).
/// The fixture's site keeps the single window open around the clock (its calendar settings), so the journey does not
/// depend on the time of day it runs.
/// </summary>
public sealed class PktJourneyTests(SiteFixture site) : JourneyTest(site)
{
    /// <summary>Records every speechSynthesis.speak call (text and language) before the display's own script runs.</summary>
    private const string RecordSpeech = """
        (() => {
            window.__spoken = [];
            const record = (u) => window.__spoken.push({ text: u && u.text, lang: u && u.lang });
            if ('speechSynthesis' in window && window.speechSynthesis) {
                window.speechSynthesis.speak = record;
            } else {
                Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: { speak: record, getVoices: () => [], cancel: () => {} } });
            }
        })();
        """;

    [Fact]
    public async Task Visitor_takes_a_ticket_staff_calls_it_the_display_speaks_staff_records_the_case_visitor_rates()
    {
        // The display screen (a TV in the hall) is on and connected to the live channel.
        var displayContext = await Site.NewContextAsync();
        await displayContext.AddInitScriptAsync(RecordSpeech);
        var display = await displayContext.NewPageAsync();
        await display.GotoAsync("/pkt/layar");
        await Expect(display.GetByRole(AriaRole.Heading, new() { Name = "Pelayanan Kepegawaian Terpadu" })).ToBeVisibleAsync();
        await Expect(display.Locator("body[data-live='1']")).ToHaveCountAsync(1);

        // The visitor takes a ticket for counter A at the kiosk (printing is the kiosk printer's business, not the test's).
        await Page.AddInitScriptAsync("window.print = () => {};");
        await Page.GotoAsync("/pkt/ambil");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Pengadaan dan Kepangkatan", Exact = false })).ToBeVisibleAsync();
        await Page.GetByLabel("NIP").First.FillAsync("199001012015031001");
        await ScreenshotAsync("01-kiosk");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Kenaikan pangkat", Exact = true }).ClickAsync();
        await Expect(Page.Locator("#nomor")).ToHaveTextAsync(new Regex("^A-[0-9]{3}$"));
        var number = (await Page.Locator("#nomor").InnerTextAsync()).Trim();
        var ticketUrl = new Uri(Page.Url).AbsolutePath;
        await Expect(Page.GetByText("Posisi Anda dalam antrean loket A: ke-1")).ToBeVisibleAsync();
        await Expect(Page.GetByText(new Regex("Perkiraan waktu tunggu"))).ToBeVisibleAsync();
        await ScreenshotAsync("02-ticket");

        // The staff of desk A1 signs in to the console and calls the next visitor.
        var staffContext = await Site.NewContextAsync();
        var staff = await staffContext.NewPageAsync();
        await staff.GotoAsync("/akun/masuk");
        await staff.GetByLabel("Nama pengguna").FillAsync("petugas.pkt.a");
        await staff.GetByLabel("Kata sandi").FillAsync(SiteFixture.PktPassword);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Masuk", Exact = true }).ClickAsync();
        await staff.GotoAsync("/admin/pkt/loket");
        await Expect(staff.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("Meja A1 · Loket A") })).ToBeVisibleAsync();
        await staff.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Panggil berikutnya") }).ClickAsync();
        await Expect(staff.GetByText("Tamu dipanggil.")).ToBeVisibleAsync();
        await Expect(staff.Locator(".pkt-current-number")).ToContainTextAsync(number);

        // The display shows the call at once and speaks it in Indonesian.
        await Expect(display.Locator("#panggilan-nomor")).ToHaveTextAsync(number);
        await Expect(display.Locator("#panggilan-meja")).ToHaveTextAsync("Meja A1");
        await display.WaitForFunctionAsync("() => window.__spoken.length > 0");
        var spoken = JsonSerializer.Deserialize<JsonElement>(await display.EvaluateAsync<string>("() => JSON.stringify(window.__spoken)"));
        var sentence = spoken[spoken.GetArrayLength() - 1];
        var digits = string.Join(' ', number[2..].Select(c => new[] { "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan" }[c - '0']));
        Assert.Equal($"Nomor antrean A {digits}, silakan ke loket A satu", sentence.GetProperty("text").GetString());
        Assert.Equal("id-ID", sentence.GetProperty("lang").GetString());
        await Expect(display.Locator("#riwayat")).ToContainTextAsync($"{number} → A1");
        await display.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots", "Pkt-03-display.png") });

        // The visitor's page now sends them to the desk.
        await Page.GotoAsync(ticketUrl);
        await Expect(Page.GetByText("Silakan ke meja A1.")).ToBeVisibleAsync();

        // The staff starts the service and records the case: outcome, a document received, notes.
        await staff.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Mulai layanan") }).ClickAsync();
        await Expect(staff.GetByText("Layanan dimulai.")).ToBeVisibleAsync();
        await staff.GetByLabel("Selesai", new() { Exact = true }).CheckAsync();
        await staff.Locator("fieldset.pkt-docs:not([hidden]) input[type=checkbox]").First.CheckAsync();
        await staff.GetByLabel("Catatan", new() { Exact = true }).FillAsync("Berkas kenaikan pangkat diterima lengkap.");
        await staff.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots", "Pkt-04-console.png"), FullPage = true });
        await staff.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Simpan dan selesai") }).ClickAsync();
        await Expect(staff.GetByText("Catatan kasus disimpan; layanan selesai.")).ToBeVisibleAsync();
        await Expect(staff.Locator(".pkt-recent")).ToContainTextAsync(number);
        await staffContext.DisposeAsync();

        // The visitor rates the service: the nine SKM elements, once.
        await Page.GotoAsync(ticketUrl);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Isi survei kepuasan (SKM)" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Survei kepuasan masyarakat" })).ToBeVisibleAsync();
        var groups = Page.Locator("form.pkt-survey fieldset");
        Assert.Equal(9, await groups.CountAsync());
        for (var i = 0; i < 9; i++)
        {
            await groups.Nth(i).GetByLabel(i % 3 == 0 ? "3 · Baik" : "4 · Sangat baik").CheckAsync();
        }

        await ScreenshotAsync("05-survey");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Kirim penilaian" }).ClickAsync();
        await Expect(Page.GetByText("Terima kasih. Penilaian Anda membantu kami memperbaiki layanan.")).ToBeVisibleAsync();
        await Page.GotoAsync(ticketUrl);
        await Expect(Page.GetByText("Terima kasih, survei kepuasan sudah Anda isi.")).ToBeVisibleAsync();
        await displayContext.DisposeAsync();
    }
}
