using System.Net;
using Bkn.Cms.ContentManagement;
using Bkn.Cms.Helpdesk.Models;
using Bkn.Cms.Search.Indexing;
using Bkn.Cms.Search.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Helpdesk;

public sealed class HelpdeskIntakeTests(HelpdeskHost host) : IClassFixture<HelpdeskHost>
{
    [Fact]
    public async Task The_start_page_shows_the_FAQ_before_the_eight_categories()
    {
        var html = await host.Factory.CreateBrowser().GetStringAsync("/helpdesk");
        var faq = html.IndexOf("Saya lupa password akun SSCN.", StringComparison.Ordinal);
        var categories = html.IndexOf("/helpdesk/formulir/kontak-petugas", StringComparison.Ordinal);
        Assert.True(faq > 0 && categories > faq, "FAQ first, then the category choice");
        foreach (var category in new[] { "nik-kk-tidak-ditemukan", "data-tidak-sesuai", "lupa-password", "lupa-email", "lupa-jawaban-pengaman-1", "lupa-jawaban-pengaman-2", "lokasi-lahir", "kontak-petugas" })
        {
            Assert.Contains($"/helpdesk/formulir/{category}", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_applicant_files_a_ticket_gets_a_readable_number_and_a_confirmation_mail()
    {
        var browser = host.Factory.CreateBrowser();
        var fields = HelpdeskClient.NikForm();
        fields["Email"] = "budi.santoso@contoh.id";
        var outbox = Path.Combine(host.Factory.Database.DataPath, "outbox");
        var before = Directory.Exists(outbox) ? Directory.GetFiles(outbox, "*.eml").Length : 0;

        var number = await HelpdeskClient.FileTicketAsync(browser, fields: fields);

        Assert.Matches($"^HD-{DateTime.UtcNow.Year}-[0-9]{{6}}$", number);
        Assert.Contains(number, await browser.GetStringAsync($"/helpdesk/terkirim/{number}"), StringComparison.Ordinal);
        var mails = Directory.GetFiles(outbox, "*.eml");
        Assert.Equal(before + 1, mails.Length);
        var mail = mails.Select(File.ReadAllText).Single(m => m.Contains("budi.santoso@contoh.id", StringComparison.Ordinal));
        var body = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(mail[(mail.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..].Replace("\r\n", "", StringComparison.Ordinal)));
        Assert.Contains(number, body, StringComparison.Ordinal);
        Assert.DoesNotContain(HelpdeskClient.ValidNik, mail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_values_come_back_with_Indonesian_messages_and_nothing_is_saved()
    {
        var browser = host.Factory.CreateBrowser();
        var count = await CountAsync();
        var page = await HelpdeskClient.OpenFormAsync(browser, "nik-kk-tidak-ditemukan");
        var fields = HelpdeskClient.NikForm("3201011203990001");
        fields["TanggalLahir"] = "1999-03-13";
        fields["NomorKk"] = "12";
        fields["Email"] = "bukan-email";
        fields["Nama"] = "Budi 5antoso";
        var response = await HelpdeskClient.PostAsync(browser, "nik-kk-tidak-ditemukan", page, fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Tanggal lahir tidak sesuai dengan NIK.", html, StringComparison.Ordinal);
        Assert.Contains("Nomor KK harus 16 angka.", html, StringComparison.Ordinal);
        Assert.Contains("Alamat e-mail tidak sah", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Budi 5antoso\"", html, StringComparison.Ordinal);

        // The summary lists the fields in the order of the form: NIK (its date does not match), name, family card number, e-mail.
        var start = html.IndexOf("id=\"kesalahan\"", StringComparison.Ordinal);
        var summary = html[start..html.IndexOf("</ul>", start, StringComparison.Ordinal)];
        var positions = new[] { "Tanggal lahir tidak sesuai", "Nama hanya boleh", "Nomor KK harus", "Alamat e-mail tidak sah" }
            .Select(m => summary.IndexOf(m, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.Equal(count, await CountAsync());
    }

    [Fact]
    public async Task A_double_submit_of_the_same_form_creates_one_ticket()
    {
        var browser = host.Factory.CreateBrowser();
        var page = await HelpdeskClient.OpenFormAsync(browser, "lokasi-lahir");
        var fields = HelpdeskClient.NikForm();
        fields.Remove("NomorKk");
        var count = await CountAsync();

        var both = await Task.WhenAll(
            HelpdeskClient.PostAsync(browser, "lokasi-lahir", page, fields),
            HelpdeskClient.PostAsync(browser, "lokasi-lahir", page, fields));
        var again = await HelpdeskClient.PostAsync(browser, "lokasi-lahir", page, fields);

        // Sent again later when its captcha no longer passes (expired, or answered differently): still that ticket.
        var stale = await HelpdeskClient.PostAsync(browser, "lokasi-lahir", page, fields, answer: (page.Answer + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.All(both.Append(again).Append(stale), r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Single(both.Append(again).Append(stale).Select(HelpdeskClient.NumberFrom).Distinct());
        Assert.Equal(count + 1, await CountAsync());
    }

    [Fact]
    public async Task A_burst_of_submissions_gives_every_form_one_ticket_while_a_double_post_and_a_replayed_captcha_spoil_none()
    {
        // Submissions that arrive together are written together (one transaction per batch); a double post and a replayed
        // captcha in the same burst must neither fail the others nor leave scans behind.
        const string category = "lupa-jawaban-pengaman-2";
        var browser = host.Factory.CreateBrowser();
        var pages = new List<FormPage>();
        for (var i = 0; i < 12; i++)
        {
            pages.Add(await HelpdeskClient.OpenFormAsync(browser, category));
        }

        var count = await CountAsync();
        var scansBefore = ScanFiles();
        Task<HttpResponseMessage> Post(FormPage page) => HelpdeskClient.PostAsync(browser, category, page, HelpdeskClient.NikForm(), null,
            ("ScanKtp", "%PDF-1.4\n%burst\n"u8.ToArray(), "ktp.pdf", "application/pdf"),
            ("ScanKk", HelpdeskClient.Jpeg(), "kk.jpg", "image/jpeg"));
        var replay = pages[0] with { SubmissionKey = Guid.NewGuid().ToString("N") };

        var responses = await Task.WhenAll([.. pages.Select(Post), Post(pages[11]), Post(replay)]);

        // Forms 1–10: one new ticket each. Form 11 posted twice: both answers name the same ticket.
        var distinct = responses[1..11].Select(HelpdeskClient.NumberFrom).ToList();
        Assert.Equal(10, distinct.Distinct().Count());
        Assert.Equal(HelpdeskClient.NumberFrom(responses[11]), HelpdeskClient.NumberFrom(responses[12]));

        // Form 0 and its replayed captcha: whichever came first got the ticket, the other the captcha error.
        var pair = new[] { responses[0], responses[13] };
        var accepted = Assert.Single(pair, r => r.StatusCode == HttpStatusCode.Redirect);
        var refused = Assert.Single(pair, r => r.StatusCode == HttpStatusCode.BadRequest);
        Assert.Contains("sudah dipakai", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var numbers = distinct.Append(HelpdeskClient.NumberFrom(responses[11])).Append(HelpdeskClient.NumberFrom(accepted)).ToList();
        Assert.Equal(12, numbers.Distinct().Count());
        Assert.Equal(count + 12, await CountAsync());
        Assert.Equal(scansBefore + 24, ScanFiles());

        using var scope = host.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var tickets = await db.Set<HelpdeskTicket>().AsNoTracking().Where(t => numbers.Contains(t.Number)).ToListAsync();
        var ids = tickets.Select(t => t.Id).ToList();
        Assert.Equal(24, await db.Set<HelpdeskAttachment>().CountAsync(a => ids.Contains(a.TicketId)));
        Assert.Equal(12, await db.Set<HelpdeskMessage>().CountAsync(m => ids.Contains(m.TicketId) && m.Kind == MessageKind.Applicant));
        Assert.All(tickets, t => Assert.Equal("tim-akun", t.TeamId));

        // Same NIK, same category, all open: at most the first of them is not flagged as a duplicate.
        Assert.True(tickets.Count(t => !t.DuplicateFlag) <= 1, "later tickets of the same applicant and category are flagged");
    }

    [Fact]
    public async Task A_ticket_and_the_NIK_in_it_never_reach_the_search_indexes()
    {
        var number = await HelpdeskClient.FileTicketAsync(host.Factory.CreateBrowser());

        using var scope = host.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var ticket = await db.Set<HelpdeskTicket>().AsNoTracking().SingleAsync(t => t.Number == number);
        Assert.False(await db.Set<IndexingTask>().AnyAsync(t => t.ContentItemId == ticket.ContentItemId), "no search log entry for a ticket");

        // Not even an index that lists every type and drafts (the admin's "konten") takes it, e.g. on a rebuild.
        var item = await scope.ServiceProvider.GetRequiredService<IContentManager>().GetAsync(ticket.ContentItemId, VersionOptions.Latest);
        Assert.Contains(HelpdeskClient.ValidNik, item!.Content.ToJsonString(), StringComparison.Ordinal);
        var documents = scope.ServiceProvider.GetRequiredService<SearchDocumentFactory>();
        Assert.Null(documents.Create(item, "konten", new SearchIndexSettings { PublishedOnly = false, StoreText = false }));
    }

    [Fact]
    public async Task A_wrong_or_reused_captcha_answer_is_refused()
    {
        var browser = host.Factory.CreateBrowser();
        var page = await HelpdeskClient.OpenFormAsync(browser, "nik-kk-tidak-ditemukan");
        var wrong = await HelpdeskClient.PostAsync(browser, "nik-kk-tidak-ditemukan", page, HelpdeskClient.NikForm(), answer: (page.Answer + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("Jawaban pertanyaan keamanan salah.", WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        // One guess per challenge: after a wrong answer the right one no longer passes it; a new challenge does.
        var guessed = await HelpdeskClient.PostAsync(browser, "nik-kk-tidak-ditemukan", page, HelpdeskClient.NikForm());
        Assert.Equal(HttpStatusCode.BadRequest, guessed.StatusCode);
        Assert.Contains("sudah dipakai", WebUtility.HtmlDecode(await guessed.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        page = await HelpdeskClient.OpenFormAsync(browser, "nik-kk-tidak-ditemukan");
        var ok = await HelpdeskClient.PostAsync(browser, "nik-kk-tidak-ditemukan", page, HelpdeskClient.NikForm());
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);

        // The same captcha with another form instance (a bot replaying a solved token) is refused.
        var replay = page with { SubmissionKey = Guid.NewGuid().ToString("N") };
        var reused = await HelpdeskClient.PostAsync(browser, "nik-kk-tidak-ditemukan", replay, HelpdeskClient.NikForm());
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
        Assert.Contains("sudah dipakai", WebUtility.HtmlDecode(await reused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scans_are_checked_by_content_and_size_and_stored_outside_the_public_media()
    {
        var browser = host.Factory.CreateBrowser();
        var fields = HelpdeskClient.NikForm();
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 };

        var page = await HelpdeskClient.OpenFormAsync(browser, "lupa-jawaban-pengaman-2");
        var lying = await HelpdeskClient.PostAsync(browser, "lupa-jawaban-pengaman-2", page, fields, null,
            ("ScanKtp", png, "ktp.pdf", "application/pdf"),
            ("ScanKk", HelpdeskClient.Jpeg(210 * 1024), "kk.jpg", "image/jpeg"));
        Assert.Equal(HttpStatusCode.BadRequest, lying.StatusCode);
        var html = WebUtility.HtmlDecode(await lying.Content.ReadAsStringAsync());
        Assert.Contains("Isi berkas bukan PDF atau JPG.", html, StringComparison.Ordinal);
        Assert.Contains("Ukuran pindaian paling besar 200 KB.", html, StringComparison.Ordinal);

        page = await HelpdeskClient.OpenFormAsync(browser, "lupa-jawaban-pengaman-2");
        var ok = await HelpdeskClient.PostAsync(browser, "lupa-jawaban-pengaman-2", page, fields, null,
            ("ScanKtp", "%PDF-1.4\n%test\n"u8.ToArray(), "ktp.dat", "application/octet-stream"),
            ("ScanKk", HelpdeskClient.Jpeg(), "kk.jpeg", "image/jpeg"));
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var number = HelpdeskClient.NumberFrom(ok);

        using var scope = host.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var ticket = await db.Set<HelpdeskTicket>().SingleAsync(t => t.Number == number);
        var scans = await db.Set<HelpdeskAttachment>().Where(a => a.TicketId == ticket.Id).OrderBy(a => a.Kind).ToListAsync();
        Assert.Equal(["image/jpeg", "application/pdf"], scans.Select(s => s.ContentType).ToArray());
        foreach (var scan in scans)
        {
            Assert.True(File.Exists(Path.Combine(host.Factory.Database.DataPath, "helpdesk-private", scan.StoragePath)));
            Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/media/" + scan.StoragePath)).StatusCode);
            Assert.NotEqual(HttpStatusCode.OK, (await browser.GetAsync($"/admin/helpdesk/tiket/{number}/pindaian/{scan.Id}")).StatusCode);
        }
    }

    private int ScanFiles()
    {
        var root = Path.Combine(host.Factory.Database.DataPath, "helpdesk-private");
        return Directory.Exists(root) ? Directory.GetFiles(root, "*", SearchOption.AllDirectories).Length : 0;
    }

    private async Task<int> CountAsync()
    {
        using var scope = host.Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<DbContext>().Set<HelpdeskTicket>().CountAsync();
    }
}
