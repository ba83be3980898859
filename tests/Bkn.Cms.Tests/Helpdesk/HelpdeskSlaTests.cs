using System.Net;
using Bkn.Cms.Features;
using Bkn.Cms.Helpdesk.Models;
using Bkn.Cms.Helpdesk.Services;
using Bkn.Cms.Tests.Infrastructure;
using Bkn.Cms.Tests.Integration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bkn.Cms.Tests.Helpdesk;

public sealed class HelpdeskSlaTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 28, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_SLA_warns_before_breach_escalates_at_breach_and_pauses_while_waiting_for_the_applicant()
    {
        // A fake clock fires periodic timers once per elapsed period: the state poll is slowed and time moves in hours.
        var clock = new FakeTimeProvider(Start);
        await using var factory = Factory(clock);
        var applicant = factory.CreateBrowser();
        var late = await HelpdeskClient.FileTicketAsync(applicant);
        var paused = await HelpdeskClient.FileTicketAsync(applicant, fields: HelpdeskClient.NikForm("3201011203990002"));

        clock.Advance(TimeSpan.FromHours(10));
        await ChangeAsync(factory, paused, (tickets, id) => tickets.ChangeStatusAsync(id, TicketStatus.MenungguPelamar, HelpdeskActor.System, default));

        // 45 h after filing: 3 h left of 48, inside the 4-hour warning window.
        clock.Advance(TimeSpan.FromHours(35));
        await SweepAsync(factory);
        var warned = await TicketAsync(factory, late);
        Assert.NotNull(warned.WarnedUtc);
        Assert.False(warned.Overdue);
        Assert.Contains(await ThreadAsync(factory, late), m => m.Kind == MessageKind.System && m.Body.StartsWith("Peringatan", StringComparison.Ordinal));

        clock.Advance(TimeSpan.FromHours(3));
        await SweepAsync(factory);
        var breached = await TicketAsync(factory, late);
        Assert.True(breached.Overdue);
        Assert.Equal("supervisor.helpdesk", breached.EscalatedTo);
        Assert.Contains(await ThreadAsync(factory, late), m => m.Body.Contains("dieskalasi ke supervisor supervisor.helpdesk", StringComparison.Ordinal));

        // The paused ticket is not overdue although its original due time has passed; its 38 h resume on the reply.
        var waiting = await TicketAsync(factory, paused);
        Assert.False(waiting.Overdue);
        Assert.Null(waiting.DueUtc);
        Assert.Equal(38 * 3600, waiting.PausedRemainingSeconds);

        var status = await HelpdeskClient.CheckStatusAsync(applicant, paused, "3201011203990002");
        await applicant.PostFormAsync("/helpdesk/status", "/helpdesk/status/balas", new() { ["nomor"] = paused, ["akses"] = HelpdeskClient.Hidden(status, "akses"), ["balasan"] = "Berikut data tambahan saya." });
        var resumed = await TicketAsync(factory, paused);
        Assert.Equal(TicketStatus.Diproses, resumed.Status);
        Assert.Equal(clock.GetUtcNow().UtcDateTime.AddHours(38), resumed.DueUtc);

        // The overdue queue filter shows the escalated ticket.
        var supervisor = factory.CreateBrowser();
        await supervisor.SignInAsync("supervisor.helpdesk", CmsFactory.HelpdeskPassword);
        Assert.Contains(late, await supervisor.GetStringAsync("/admin/helpdesk?status=semua&lewat=1&urut=baru"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answered_ticket_closes_itself_after_a_quiet_week_and_can_be_reopened_only_within_the_window()
    {
        var clock = new FakeTimeProvider(Start);
        await using var factory = Factory(clock);
        var applicant = factory.CreateBrowser();
        var number = await HelpdeskClient.FileTicketAsync(applicant);
        await ChangeAsync(factory, number, (tickets, id) => tickets.ReplyAsync(id, "Sudah kami perbaiki.", null, new HelpdeskActor(null, "operator1"), default));

        for (var i = 0; i < 7; i++)
        {
            clock.Advance(TimeSpan.FromHours(24));
        }

        clock.Advance(TimeSpan.FromHours(1));
        await SweepAsync(factory);
        var closed = await TicketAsync(factory, number);
        Assert.Equal(TicketStatus.Ditutup, closed.Status);
        Assert.NotNull(closed.ClosedUtc);

        var status = await HelpdeskClient.CheckStatusAsync(applicant, number, HelpdeskClient.ValidNik);
        Assert.DoesNotContain("buka-kembali", status, StringComparison.Ordinal);
        var refused = await applicant.PostFormAsync("/helpdesk/status", "/helpdesk/status/buka-kembali", new() { ["nomor"] = number, ["akses"] = HelpdeskClient.Hidden(status, "akses") });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("hanya dapat dibuka kembali dalam 7 hari", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_retention_job_anonymises_old_closed_tickets_and_deletes_their_scans()
    {
        var clock = new FakeTimeProvider(Start);
        await using var factory = Factory(clock);
        var browser = factory.CreateBrowser();
        var page = await HelpdeskClient.OpenFormAsync(browser, "lupa-jawaban-pengaman-2");
        var response = await HelpdeskClient.PostAsync(browser, "lupa-jawaban-pengaman-2", page, HelpdeskClient.NikForm(), null,
            ("ScanKtp", "%PDF-1.4\n"u8.ToArray(), "ktp.pdf", "application/pdf"), ("ScanKk", HelpdeskClient.Jpeg(), "kk.jpg", "image/jpeg"));
        var number = HelpdeskClient.NumberFrom(response);
        var recent = await HelpdeskClient.FileTicketAsync(browser);
        await ChangeAsync(factory, number, (tickets, id) => tickets.ChangeStatusAsync(id, TicketStatus.Ditutup, HelpdeskActor.System, default));
        await ChangeAsync(factory, recent, (tickets, id) => tickets.ChangeStatusAsync(id, TicketStatus.Ditutup, HelpdeskActor.System, default));

        string[] files;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DbContext>();
            var ticket = await db.Set<HelpdeskTicket>().SingleAsync(t => t.Number == number);
            files = [.. (await db.Set<HelpdeskAttachment>().Where(a => a.TicketId == ticket.Id).ToListAsync()).Select(a => Path.Combine(factory.Database.DataPath, "helpdesk-private", a.StoragePath))];
            Assert.Equal(2, files.Length);
            Assert.All(files, f => Assert.True(File.Exists(f)));

            // Closed 366 days ago (moving the clock a year would fire the 1-second timers millions of times).
            await db.Set<HelpdeskTicket>().Where(t => t.Id == ticket.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.ClosedUtc, Start.UtcDateTime.AddDays(-366)));
            Assert.True(await scope.ServiceProvider.GetRequiredService<HelpdeskRetention>().RunAsync(default) >= 1);
        }

        var anonymised = await TicketAsync(factory, number);
        Assert.NotNull(anonymised.AnonymisedUtc);
        Assert.Null(anonymised.NikHash);
        Assert.Null(anonymised.ApplicantName);
        Assert.All(files, f => Assert.False(File.Exists(f)));
        Assert.Null((await TicketAsync(factory, recent)).AnonymisedUtc);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DbContext>();
            var json = await db.Database.SqlQueryRaw<string>("SELECT CAST(\"Data\" AS TEXT) AS \"Value\" FROM \"ContentItems\" WHERE \"ContentItemId\" = {0}", anonymised.ContentItemId).ToListAsync();
            Assert.NotEmpty(json);
            Assert.All(json, j => Assert.DoesNotContain(HelpdeskClient.ValidNik, j, StringComparison.Ordinal));
            Assert.All(json, j => Assert.DoesNotContain("Budi", j, StringComparison.Ordinal));
            Assert.Empty(await db.Set<HelpdeskAttachment>().Where(a => a.TicketId == anonymised.Id).ToListAsync());
        }

        // A status check with the old NIK finds nothing any more.
        Assert.Contains("Tiket tidak ditemukan", WebUtility.HtmlDecode(await HelpdeskClient.CheckStatusAsync(browser, number, HelpdeskClient.ValidNik)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accepted_submissions_are_limited_per_NIK_and_per_address_refused_posts_do_not_count_and_status_checks_per_address()
    {
        await using var factory = new CmsFactory(settings: new()
        {
            ["RateLimits:HelpdeskTicketsPerNikPerHour"] = "2",
            ["RateLimits:HelpdeskTicketsPerAddressPerHour"] = "3",
            ["RateLimits:HelpdeskStatusPerMinute"] = "3",
        });
        var browser = factory.CreateBrowser();

        // Refused posts (a wrong captcha) do not use up anything.
        for (var i = 0; i < 4; i++)
        {
            var page = await HelpdeskClient.OpenFormAsync(browser, "nik-kk-tidak-ditemukan");
            Assert.Equal(HttpStatusCode.BadRequest, (await HelpdeskClient.PostAsync(browser, "nik-kk-tidak-ditemukan", page, HelpdeskClient.NikForm(), answer: "999")).StatusCode);
        }

        // Two tickets for one NIK; the third is refused with the time to try again (WIB), while another NIK from the
        // same address is still accepted up to the address's higher ceiling.
        var codes = new List<HttpStatusCode>();
        string? refusal = null;
        for (var i = 0; i < 3; i++)
        {
            var page = await HelpdeskClient.OpenFormAsync(browser, "nik-kk-tidak-ditemukan");
            var response = await HelpdeskClient.PostAsync(browser, "nik-kk-tidak-ditemukan", page, HelpdeskClient.NikForm());
            codes.Add(response.StatusCode);
            refusal = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.BadRequest], codes);
        Assert.Matches("NIK ini sudah mengirim 2 pertanyaan dalam satu jam terakhir. Coba lagi setelah pukul [0-9]{2}:[0-9]{2} WIB", refusal);

        var other = await HelpdeskClient.OpenFormAsync(browser, "nik-kk-tidak-ditemukan");
        Assert.Equal(HttpStatusCode.Redirect, (await HelpdeskClient.PostAsync(browser, "nik-kk-tidak-ditemukan", other, HelpdeskClient.NikForm("3201011203990002"))).StatusCode);
        var fourth = await HelpdeskClient.OpenFormAsync(browser, "nik-kk-tidak-ditemukan");
        var crowded = await HelpdeskClient.PostAsync(browser, "nik-kk-tidak-ditemukan", fourth, HelpdeskClient.NikForm("3201011203990003"));
        Assert.Equal(HttpStatusCode.BadRequest, crowded.StatusCode);
        Assert.Contains("dari jaringan Anda dalam satu jam terakhir. Coba lagi setelah pukul", WebUtility.HtmlDecode(await crowded.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var checks = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            checks.Add((await browser.PostFormAsync("/helpdesk/status", "/helpdesk/status", new() { ["nomor"] = "HD-2026-000001", ["nik"] = "3201011203990001" })).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, checks[3]);
        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, checks.Take(3));
    }

    [Fact]
    public async Task The_workspace_follows_the_unit_switch_while_the_public_pages_stay_open()
    {
        await using var factory = Factory(new FakeTimeProvider(Start));
        var operatorBrowser = factory.CreateBrowser();
        await operatorBrowser.SignInAsync("operator1", CmsFactory.HelpdeskPassword);
        Assert.Equal(HttpStatusCode.OK, (await operatorBrowser.GetAsync("/admin/helpdesk")).StatusCode);

        var pdik = await UnitFeatureTests.UnitIdAsync(factory, "DIT-PDIK");

        // The unit's admin is asked before switching the helpdesk off, and told that the public form stays open.
        var admin = factory.CreateBrowser();
        await admin.SignInAsAdminAsync();
        var switches = WebUtility.HtmlDecode(await admin.GetStringAsync($"/admin/fitur-unit?unit={pdik}"));
        Assert.Matches("action=\"/admin/fitur-unit/[^\"]+/Bkn.Cms.Helpdesk/nonaktifkan\" class=\"inline\" data-confirm=\"Nonaktifkan Helpdesk SSCN untuk [^\"]+\\? [^\"]*formulir helpdesk\\) tetap terbuka", switches);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<FeatureManager>().SetForUnitAsync(pdik, "Bkn.Cms.Helpdesk", false, default);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await operatorBrowser.GetAsync("/admin/helpdesk")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateBrowser().GetAsync("/helpdesk")).StatusCode);

        // A user of another unit without a helpdesk role is refused.
        await UnitFeatureTests.CreateUserAsync(factory, admin, "penulis.humas", "BIRO-HUMAS", "Penulis Humas");
        var writer = factory.CreateBrowser();
        await writer.SignInAsync("penulis.humas", "Pengguna-Uji-2026");
        var denied = await writer.GetAsync("/admin/helpdesk");
        Assert.True(denied.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Forbidden, $"got {denied.StatusCode}");
        Assert.Contains("/akun/ditolak", denied.Headers.Location?.ToString() ?? "/akun/ditolak", StringComparison.Ordinal);
    }

    private static CmsFactory Factory(TimeProvider clock) => new(
        settings: new()
        {
            ["State:PollInterval"] = "01:00:00",
            ["RateLimits:HelpdeskSubmitPerMinute"] = "100000", ["RateLimits:HelpdeskTicketsPerNikPerHour"] = "100000", ["RateLimits:HelpdeskTicketsPerAddressPerHour"] = "100000",
            ["RateLimits:HelpdeskStatusPerMinute"] = "100000",
        },
        services: s => s.AddSingleton(clock));

    private static async Task SweepAsync(CmsFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SlaSweeper>().SweepAsync(default);
    }

    private static async Task ChangeAsync(CmsFactory factory, string number, Func<TicketService, long, Task> change)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var tickets = scope.ServiceProvider.GetRequiredService<TicketService>();
        await change(tickets, (await tickets.FindAsync(number, default))!.Id);
    }

    private static async Task<HelpdeskTicket> TicketAsync(CmsFactory factory, string number)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DbContext>().Set<HelpdeskTicket>().AsNoTracking().SingleAsync(t => t.Number == number);
    }

    private static async Task<List<HelpdeskMessage>> ThreadAsync(CmsFactory factory, string number)
    {
        var ticket = await TicketAsync(factory, number);
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DbContext>().Set<HelpdeskMessage>().AsNoTracking().Where(m => m.TicketId == ticket.Id).ToListAsync();
    }
}
