using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bkn.Cms.Helpdesk.Models;
using Bkn.Cms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Helpdesk;

public sealed class HelpdeskWorkspaceTests(HelpdeskHost host) : IClassFixture<HelpdeskHost>
{
    [Fact]
    public async Task A_wrong_NIK_and_an_unknown_number_get_the_same_answer()
    {
        var applicant = host.Factory.CreateBrowser();
        var number = await HelpdeskClient.FileTicketAsync(applicant);

        var wrongNik = await HelpdeskClient.CheckStatusAsync(applicant, number, "3201011203990002");
        var unknown = await HelpdeskClient.CheckStatusAsync(applicant, "HD-2026-999999", HelpdeskClient.ValidNik);
        var right = await HelpdeskClient.CheckStatusAsync(applicant, number, HelpdeskClient.ValidNik);

        Assert.Equal(Message(wrongNik), Message(unknown));
        Assert.Contains("Tiket tidak ditemukan", WebUtility.HtmlDecode(wrongNik), StringComparison.Ordinal);
        Assert.DoesNotContain("Percakapan", wrongNik, StringComparison.Ordinal);
        Assert.Contains("Percakapan", right, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"step\"", right, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_operator_answers_and_the_applicant_reads_the_answer_rates_it_and_may_reopen()
    {
        var applicant = host.Factory.CreateBrowser();
        var number = await HelpdeskClient.FileTicketAsync(applicant);

        var operatorBrowser = host.Factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await operatorBrowser.SignInAsync("operator1", CmsFactory.HelpdeskPassword)).StatusCode);
        var queue = await operatorBrowser.GetStringAsync("/admin/helpdesk?q=" + number);
        Assert.Contains(number, queue, StringComparison.Ordinal);
        Assert.Contains("3201********0001", queue, StringComparison.Ordinal);
        Assert.DoesNotContain(HelpdeskClient.ValidNik, queue, StringComparison.Ordinal);

        var claimed = await operatorBrowser.PostFormAsync($"/admin/helpdesk/tiket/{number}", $"/admin/helpdesk/tiket/{number}/ambil", []);
        Assert.Equal(HttpStatusCode.Redirect, claimed.StatusCode);
        var answered = await operatorBrowser.PostFormAsync($"/admin/helpdesk/tiket/{number}", $"/admin/helpdesk/tiket/{number}/balas", new() { ["isi"] = "Data NIK Anda sudah disinkronkan, silakan registrasi ulang.", ["status"] = "dijawab" });
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        await operatorBrowser.PostFormAsync($"/admin/helpdesk/tiket/{number}", $"/admin/helpdesk/tiket/{number}/catatan", new() { ["isi"] = "Catatan rahasia petugas" });

        var status = await HelpdeskClient.CheckStatusAsync(applicant, number, HelpdeskClient.ValidNik);
        Assert.Contains("Data NIK Anda sudah disinkronkan", status, StringComparison.Ordinal);
        Assert.DoesNotContain("Catatan rahasia petugas", status, StringComparison.Ordinal);
        Assert.Contains("Dijawab", status, StringComparison.Ordinal);

        // The applicant reads the times in WIB, as the operator does.
        await using (var wibScope = host.Factory.Services.CreateAsyncScope())
        {
            var db = wibScope.ServiceProvider.GetRequiredService<DbContext>();
            var ticketId = await db.Set<HelpdeskTicket>().Where(t => t.Number == number).Select(t => t.Id).SingleAsync();
            var reply = await db.Set<HelpdeskMessage>().Where(m => m.TicketId == ticketId && m.Kind == MessageKind.Reply).SingleAsync();
            Assert.Contains(reply.CreatedUtc.AddHours(7).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) + " WIB", status, StringComparison.Ordinal);
            Assert.DoesNotContain(" UTC", status, StringComparison.Ordinal);
        }

        var token = HelpdeskClient.Hidden(status, "akses");
        var rated = await applicant.PostFormAsync("/helpdesk/status", "/helpdesk/status/nilai", new() { ["nomor"] = number, ["akses"] = token, ["nilai"] = "4" });
        Assert.Equal(HttpStatusCode.Redirect, rated.StatusCode);
        Assert.Contains("Penilaian Anda: 4 dari 4.", WebUtility.HtmlDecode(await applicant.GetStringAsync(rated.Headers.Location!.OriginalString)), StringComparison.Ordinal);

        var forged = await applicant.PostFormAsync("/helpdesk/status", "/helpdesk/status/nilai", new() { ["nomor"] = number, ["akses"] = "9999999999.abc", ["nilai"] = "1" });
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        var reopened = await applicant.PostFormAsync("/helpdesk/status", "/helpdesk/status/buka-kembali", new() { ["nomor"] = number, ["akses"] = token, ["alasan"] = "Masih gagal registrasi." });
        Assert.Contains("Tiket dibuka kembali", WebUtility.HtmlDecode(await applicant.GetStringAsync(reopened.Headers.Location!.OriginalString)), StringComparison.Ordinal);

        using var scope = host.Factory.Services.CreateScope();
        var ticket = await scope.ServiceProvider.GetRequiredService<DbContext>().Set<HelpdeskTicket>().SingleAsync(t => t.Number == number);
        Assert.Equal(TicketStatus.Diproses, ticket.Status);
        Assert.Equal(4, ticket.Rating);
        Assert.Equal(1, ticket.ReopenCount);
        Assert.NotNull(ticket.FirstResponseUtc);
        Assert.NotNull(ticket.DueUtc);
    }

    [Fact]
    public async Task The_mails_carry_a_private_status_link_and_a_reply_then_a_refresh_stores_the_reply_once()
    {
        var applicant = host.Factory.CreateBrowser();
        var fields = HelpdeskClient.NikForm();
        fields["Email"] = "siti.rahma@contoh.id";
        var page = await HelpdeskClient.OpenFormAsync(applicant, "nik-kk-tidak-ditemukan");
        var submitted = await HelpdeskClient.PostAsync(applicant, "nik-kk-tidak-ditemukan", page, fields);
        var number = HelpdeskClient.NumberFrom(submitted);

        // The confirmation page and the confirmation mail give the private link; the number alone opens nothing.
        var confirmation = await applicant.GetStringAsync(submitted.Headers.Location!.OriginalString);
        var link = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(confirmation, "id=\"tautan-status\" href=\"([^\"]+)\"").Groups[1].Value);
        Assert.StartsWith($"/helpdesk/status/{number}?kunci=", link, StringComparison.Ordinal);
        Assert.Contains(link, MailTo("siti.rahma@contoh.id").Last(), StringComparison.Ordinal);
        Assert.DoesNotContain("tautan-status", await applicant.GetStringAsync($"/helpdesk/terkirim/{number}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Factory.CreateBrowser().GetAsync($"/helpdesk/status/{number}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Factory.CreateBrowser().GetAsync($"/helpdesk/status/{number}?kunci=abc")).StatusCode);

        // Someone else's browser with the link reads the ticket (the link is the key).
        var status = await host.Factory.CreateBrowser().GetStringAsync(link);
        Assert.Contains("Percakapan", status, StringComparison.Ordinal);

        // The operator asks back; the answer mail carries the same link.
        var operatorBrowser = host.Factory.CreateBrowser();
        await operatorBrowser.SignInAsync("operator1", CmsFactory.HelpdeskPassword);
        await operatorBrowser.PostFormAsync($"/admin/helpdesk/tiket/{number}", $"/admin/helpdesk/tiket/{number}/ambil", []);
        await operatorBrowser.PostFormAsync($"/admin/helpdesk/tiket/{number}", $"/admin/helpdesk/tiket/{number}/balas", new() { ["isi"] = "Mohon kirim nomor pendaftaran Anda.", ["status"] = "menunggu-pelamar" });
        Assert.Contains(link, MailTo("siti.rahma@contoh.id").Last(), StringComparison.Ordinal);

        // Reply: the post redirects to the link; reading (or refreshing) it again stores nothing.
        status = await applicant.GetStringAsync(link);
        var replied = await applicant.PostFormAsync(link, "/helpdesk/status/balas", new() { ["nomor"] = number, ["akses"] = HelpdeskClient.Hidden(status, "akses"), ["balasan"] = "Nomor pendaftaran saya 1234567890." });
        Assert.Equal(HttpStatusCode.Redirect, replied.StatusCode);
        var after = replied.Headers.Location!.OriginalString;
        Assert.StartsWith(link, after, StringComparison.Ordinal);
        Assert.Contains("Balasan Anda terkirim.", WebUtility.HtmlDecode(await applicant.GetStringAsync(after)), StringComparison.Ordinal);
        await applicant.GetStringAsync(after);
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var ticketId = await db.Set<HelpdeskTicket>().Where(t => t.Number == number).Select(t => t.Id).SingleAsync();
        Assert.Equal(1, await db.Set<HelpdeskMessage>().CountAsync(m => m.TicketId == ticketId && m.Body == "Nomor pendaftaran saya 1234567890."));
    }

    [Fact]
    public async Task An_operator_opens_the_KTP_and_KK_scans_of_a_ticket_in_the_queue_audited_and_sees_only_that_categorys_canned_answers()
    {
        var applicant = host.Factory.CreateBrowser();
        var page = await HelpdeskClient.OpenFormAsync(applicant, "lupa-jawaban-pengaman-2");
        var fields = HelpdeskClient.NikForm("3201011203990009");
        var submitted = await HelpdeskClient.PostAsync(applicant, "lupa-jawaban-pengaman-2", page, fields, null,
            ("ScanKtp", "%PDF-1.4\n%ktp\n"u8.ToArray(), "ktp.pdf", "application/pdf"),
            ("ScanKk", HelpdeskClient.Jpeg(), "kk.jpg", "image/jpeg"));
        var number = HelpdeskClient.NumberFrom(submitted);

        var operatorBrowser = host.Factory.CreateBrowser();
        await operatorBrowser.SignInAsync("operator1", CmsFactory.HelpdeskPassword);
        var detail = WebUtility.HtmlDecode(await operatorBrowser.GetStringAsync($"/admin/helpdesk/tiket/{number}"));
        var scanLinks = System.Text.RegularExpressions.Regex.Matches(detail, $"href=\"(/admin/helpdesk/tiket/{number}/pindaian/[^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, scanLinks.Count);
        var scan = await operatorBrowser.GetAsync(scanLinks[0]);
        Assert.Equal(HttpStatusCode.OK, scan.StatusCode);
        Assert.Equal("no-store", scan.Headers.CacheControl!.ToString());

        // Canned answers of this category and general ones only.
        Assert.Contains("Jawaban pengaman ke-2 diatur ulang", detail, StringComparison.Ordinal);
        Assert.Contains("Mohon lengkapi data", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("Password diatur ulang", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("Jawaban pengaman ke-1 diatur ulang", detail, StringComparison.Ordinal);

        var admin = host.Factory.CreateBrowser();
        await admin.SignInAsAdminAsync();
        var audit = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/jejak-audit?category=keamanan"));
        Assert.Contains($"tiket {number} dilihat", audit, StringComparison.Ordinal);
    }

    private IEnumerable<string> MailTo(string address)
    {
        var outbox = Path.Combine(host.Factory.Database.DataPath, "outbox");
        return Directory.GetFiles(outbox, "*.eml").OrderBy(File.GetLastWriteTimeUtc).ThenBy(f => f, StringComparer.Ordinal).Select(File.ReadAllText)
            .Where(m => m.Contains(address, StringComparison.Ordinal))
            .Select(m => System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(m[(m.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..].Replace("\r\n", "", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task Full_NIK_needs_the_permission_and_each_view_is_audited()
    {
        var number = await HelpdeskClient.FileTicketAsync(host.Factory.CreateBrowser());

        var operatorBrowser = host.Factory.CreateBrowser();
        await operatorBrowser.SignInAsync("operator1", CmsFactory.HelpdeskPassword);
        var detail = await operatorBrowser.GetStringAsync($"/admin/helpdesk/tiket/{number}");
        Assert.Contains("3201********0001", detail, StringComparison.Ordinal);
        Assert.DoesNotContain(HelpdeskClient.ValidNik, detail, StringComparison.Ordinal);
        Assert.DoesNotContain("data-pribadi", detail, StringComparison.Ordinal);
        var refused = await operatorBrowser.PostFormAsync($"/admin/helpdesk/tiket/{number}", $"/admin/helpdesk/tiket/{number}/data-pribadi", []);
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);

        var supervisor = host.Factory.CreateBrowser();
        await supervisor.SignInAsync("supervisor.helpdesk", CmsFactory.HelpdeskPassword);
        var revealed = await supervisor.PostFormAsync($"/admin/helpdesk/tiket/{number}", $"/admin/helpdesk/tiket/{number}/data-pribadi", []);
        Assert.Equal(HttpStatusCode.OK, revealed.StatusCode);
        Assert.Contains(HelpdeskClient.ValidNik, await revealed.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var admin = host.Factory.CreateBrowser();
        await admin.SignInAsAdminAsync();
        var audit = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/jejak-audit?category=keamanan"));
        Assert.Contains($"NIK/KK lengkap tiket {number} dilihat", audit, StringComparison.Ordinal);
        Assert.Contains("supervisor.helpdesk", audit, StringComparison.Ordinal);

        // Anonymous visitors and users without a helpdesk role never reach the workspace.
        Assert.Equal(HttpStatusCode.Redirect, (await host.Factory.CreateBrowser().GetAsync("/admin/helpdesk")).StatusCode);
    }

    [Fact]
    public async Task Queue_counts_per_status_follow_status_changes()
    {
        var admin = host.Factory.CreateBrowser();
        await admin.SignInAsAdminAsync();
        var before = await CountsAsync(admin);
        var number = await HelpdeskClient.FileTicketAsync(host.Factory.CreateBrowser());
        var afterCreate = await CountsAsync(admin);
        Assert.Equal(before["baru"] + 1, afterCreate["baru"]);

        await admin.PostFormAsync($"/admin/helpdesk/tiket/{number}", $"/admin/helpdesk/tiket/{number}/status", new() { ["status"] = "menunggu-pelamar" });
        var afterChange = await CountsAsync(admin);
        Assert.Equal(before["baru"], afterChange["baru"]);
        Assert.Equal(afterCreate["menunggu-pelamar"] + 1, afterChange["menunggu-pelamar"]);

        // The sample data has tickets in every status.
        Assert.All(afterChange.Values, c => Assert.True(c > 0));
    }

    [Fact]
    public async Task The_API_lists_reads_and_replies_with_a_bearer_token()
    {
        var number = await HelpdeskClient.FileTicketAsync(host.Factory.CreateBrowser());
        var api = host.Factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/helpdesk/tickets")).StatusCode);
        api.UseBearer(await api.TokenAsync("operator2", CmsFactory.HelpdeskPassword));

        using var list = JsonDocument.Parse(await api.GetStringAsync("/api/helpdesk/tickets?status=baru&category=nik-kk-tidak-ditemukan&limit=200"));
        Assert.All(list.RootElement.GetProperty("items").EnumerateArray(), i => Assert.Equal("baru", i.GetProperty("status").GetString()));
        var first = list.RootElement.GetProperty("items")[0].GetProperty("number").GetString()!;
        using var after = JsonDocument.Parse(await api.GetStringAsync($"/api/helpdesk/tickets?status=baru&after={first}"));
        Assert.DoesNotContain(after.RootElement.GetProperty("items").EnumerateArray(), i => i.GetProperty("number").GetString() == first);

        using var one = JsonDocument.Parse(await api.GetStringAsync($"/api/helpdesk/tickets/{number}"));
        Assert.Equal("3201********0001", one.RootElement.GetProperty("applicant").GetProperty("nik").GetString());

        var reply = await api.PostAsJsonAsync($"/api/helpdesk/tickets/{number}/replies", new { body = "Silakan registrasi ulang." });
        Assert.Equal(HttpStatusCode.Created, reply.StatusCode);
        using var replied = JsonDocument.Parse(await reply.Content.ReadAsStringAsync());
        Assert.Equal("dijawab", replied.RootElement.GetProperty("status").GetString());

        var empty = await api.PostAsJsonAsync($"/api/helpdesk/tickets/{number}/replies", new { body = " " });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync("/api/helpdesk/tickets/HD-2026-999999")).StatusCode);
    }

    [Fact]
    public async Task The_shipped_routing_workflow_routes_each_new_ticket_by_its_category()
    {
        var number = await FilePasswordTicketAsync();

        using var scope = host.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var ticket = await db.Set<HelpdeskTicket>().SingleAsync(t => t.Number == number);
        Assert.Equal("tim-akun", ticket.TeamId);
        var notes = await SystemNotesAsync(db, ticket.Id);
        Assert.Contains(notes, n => n.StartsWith("Dirutekan ke Tim Akun SSCN", StringComparison.Ordinal));

        var admin = host.Factory.CreateBrowser();
        await admin.SignInAsAdminAsync();
        var ticketPage = WebUtility.HtmlDecode(await admin.GetStringAsync($"/admin/helpdesk/tiket/{number}"));
        Assert.Contains("Alur kerja Helpdesk: rute tiket baru", ticketPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_category_given_another_team_and_deadline_at_the_settings_page_routes_the_next_ticket_there_at_once()
    {
        var admin = host.Factory.CreateBrowser();
        await admin.SignInAsAdminAsync();
        List<HelpdeskCategory> categories;
        using (var scope = host.Factory.Services.CreateScope())
        {
            categories = await scope.ServiceProvider.GetRequiredService<DbContext>().Set<HelpdeskCategory>().AsNoTracking().ToListAsync();
        }

        Dictionary<string, string> Form(string team, int hours)
        {
            var form = new Dictionary<string, string>
            {
                ["kalender"] = "false", ["libur"] = "", ["peringatan"] = "4", ["tutup-otomatis"] = "7", ["buka-kembali"] = "7",
                ["masa-simpan"] = "365", ["mulai"] = "08:00", ["selesai"] = "16:00",
            };
            foreach (var category in categories)
            {
                form[$"tim-{category.Id}"] = category.Id == "lupa-password" ? team : category.TeamId;
                form[$"sla-{category.Id}"] = (category.Id == "lupa-password" ? hours : category.SlaHours).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return form;
        }

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/helpdesk/pengaturan", "/admin/helpdesk/pengaturan", Form("tim-data", 24))).StatusCode);
        try
        {
            // Categories are cached on each node; the save reloads this node's copy before it answers.
            var number = await FilePasswordTicketAsync();

            using var scope = host.Factory.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<DbContext>();
            var ticket = await db.Set<HelpdeskTicket>().AsNoTracking().SingleAsync(t => t.Number == number);
            Assert.Equal("tim-data", ticket.TeamId);
            Assert.Equal(TimeSpan.FromHours(24), ticket.DueUtc - ticket.CreatedUtc);
            var notes = await SystemNotesAsync(db, ticket.Id);
            Assert.Contains(notes, n => n.StartsWith("Dirutekan ke Tim Data Kependudukan; batas waktu 24 jam", StringComparison.Ordinal));
        }
        finally
        {
            Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/helpdesk/pengaturan", "/admin/helpdesk/pengaturan", Form("tim-akun", 48))).StatusCode);
        }
    }

    [Fact]
    public async Task Reports_show_charts_and_export_to_Excel()
    {
        var admin = host.Factory.CreateBrowser();
        await admin.SignInAsAdminAsync();
        var html = await admin.GetStringAsync("/admin/helpdesk/laporan");
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("Kepatuhan SLA", html, StringComparison.Ordinal);
        var excel = await admin.GetAsync("/admin/helpdesk/laporan/ekspor");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", excel.Content.Headers.ContentType?.MediaType);
        var bytes = await excel.Content.ReadAsByteArrayAsync();
        Assert.Equal((byte)'P', bytes[0]);
        Assert.Equal((byte)'K', bytes[1]);

        var operatorBrowser = host.Factory.CreateBrowser();
        await operatorBrowser.SignInAsync("operator1", CmsFactory.HelpdeskPassword);
        Assert.NotEqual(HttpStatusCode.OK, (await operatorBrowser.GetAsync("/admin/helpdesk/laporan")).StatusCode);
    }

    private static async Task<Dictionary<string, long>> CountsAsync(HttpClient admin)
    {
        var html = await admin.GetStringAsync("/admin/helpdesk?status=semua");
        return TicketStatuses.All.ToDictionary(
            TicketStatuses.Slug,
            s =>
            {
                var match = System.Text.RegularExpressions.Regex.Match(html, $"id=\"jumlah-{TicketStatuses.Slug(s)}\">([0-9.]+)<");
                Assert.True(match.Success);
                return long.Parse(match.Groups[1].Value.Replace(".", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
            });
    }

    private static string Message(string html)
    {
        var start = html.IndexOf("<div class=\"form-errors\"", StringComparison.Ordinal);
        return start < 0 ? "" : html[start..html.IndexOf("</div>", start, StringComparison.Ordinal)];
    }

    /// <summary>Files a "Lupa password" ticket (category team: tim-akun in the setup recipe).</summary>
    private Task<string> FilePasswordTicketAsync() => HelpdeskClient.FileTicketAsync(host.Factory.CreateBrowser(), "lupa-password", new()
    {
        ["Nik"] = HelpdeskClient.ValidNik,
        ["PertanyaanPengaman"] = "Apa nama sekolah dasar Anda?",
        ["JawabanPengaman"] = "SD Negeri 1",
    });

    private static Task<List<string>> SystemNotesAsync(DbContext db, long ticketId) =>
        db.Set<HelpdeskMessage>().Where(m => m.TicketId == ticketId && m.Kind == MessageKind.System).Select(m => m.Body).ToListAsync();
}
