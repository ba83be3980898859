using System.Net;
using System.Text.Json;
using Bkn.Cms.Data;
using Bkn.Cms.Pkt;
using Bkn.Cms.Pkt.Models;
using Bkn.Cms.Pkt.Services;
using Bkn.Cms.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Modules.Pkt;

/// <summary>One set-up site for the PKT tests; the staff accounts of the sample recipe get a known password.</summary>
public sealed class PktHost : IAsyncLifetime
{
    public const string Password = "Uji-Pkt-2026!x";

    public PktHost() => Environment.SetEnvironmentVariable("BKN_PKT_PASSWORD", Password);

    public CmsFactory Factory { get; } = new();

    public Task InitializeAsync()
    {
        _ = Factory.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}

/// <summary>
/// The single window on a set-up site (runs on SQLite or PostgreSQL, whichever BKN_TEST_DB names): sample data, the
/// kiosk's refusals, call-next under concurrency, the console flow with the case record, the survey once, the display
/// data, permissions per unit and the API.
/// </summary>
public sealed partial class PktSiteTests(PktHost host) : IClassFixture<PktHost>
{
    private static readonly DateTime MondayNineWib = new(2026, 11, 2, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task The_sample_recipe_sets_up_six_counters_from_the_Layanan_items_with_desks_staff_and_a_month_of_history()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();

        var counters = await db.Set<PktCounter>().Where(c => c.UnitId != null).OrderBy(c => c.Code).ToListAsync(); // other tests add counters of their own
        Assert.Equal(["A", "B", "C", "D", "E", "F"], counters.Select(c => c.Code));
        Assert.Equal("Pensiun PNS dan Pejabat Negara", counters[1].Name);
        var pension = (await db.Set<PktService>().FirstAsync(s => s.Id == "pkt-b-pensiun")).RequirementList();
        Assert.Contains("Daftar penerima calon pensiun dan formulir pembayaran pensiun", pension);
        Assert.DoesNotContain(pension, line => line.EndsWith(':'));
        Assert.Equal(pension.Count, pension.Distinct().Count());
        Assert.True(await db.Set<PktDesk>().CountAsync(d => d.StaffUserName != null) >= 6);
        Assert.True(await db.Set<PktTicket>().CountAsync() > 1000, "a month of history");
        Assert.True(await db.Set<PktSurvey>().CountAsync() > 100, "surveys of the history");

        var kiosk = await host.Factory.CreateClient().GetStringAsync(PktRoutes.Kiosk);
        Assert.Contains("Status Kepegawaian, Rekrutmen dan Seleksi CAT", kiosk, StringComparison.Ordinal);
        Assert.Contains("Penyerahan Berkas dan Tanda Tangan SPPD", kiosk, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_kiosk_refuses_outside_hours_a_bad_NIP_and_a_closed_counter_and_saves_nothing()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var queue = scope.ServiceProvider.GetRequiredService<PktQueue>();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var before = await db.Set<PktTicket>().CountAsync();

        var saturday = await Assert.ThrowsAsync<PktException>(() => queue.IssueAsync("pkt-a-kenaikan-pangkat", null, null, false, null, MondayNineWib.AddDays(5), CancellationToken.None));
        var friday = await Assert.ThrowsAsync<PktException>(() => queue.IssueAsync("pkt-a-kenaikan-pangkat", null, null, false, null, new DateTime(2026, 11, 6, 4, 45, 0, DateTimeKind.Utc), CancellationToken.None));
        var holiday = await Assert.ThrowsAsync<PktException>(() => queue.IssueAsync("pkt-a-kenaikan-pangkat", null, null, false, null, new DateTime(2026, 12, 25, 2, 0, 0, DateTimeKind.Utc), CancellationToken.None));
        var nip = await Assert.ThrowsAsync<PktException>(() => queue.IssueAsync("pkt-a-kenaikan-pangkat", "12345", null, false, null, MondayNineWib, CancellationToken.None));
        var phone = await Assert.ThrowsAsync<PktException>(() => queue.IssueAsync("pkt-a-kenaikan-pangkat", null, "12ab", false, null, MondayNineWib, CancellationToken.None));
        var unknown = await Assert.ThrowsAsync<PktException>(() => queue.IssueAsync("tidak-ada", null, null, false, null, MondayNineWib, CancellationToken.None));

        Assert.Contains("Sabtu dan Minggu", saturday.Message, StringComparison.Ordinal);
        Assert.Contains("salat Jumat", friday.Message, StringComparison.Ordinal);
        Assert.Contains("libur", holiday.Message, StringComparison.Ordinal);
        Assert.Contains("NIP", nip.Message, StringComparison.Ordinal);
        Assert.Contains("telepon", phone.Message, StringComparison.Ordinal);
        Assert.Equal("Pilih layanan yang tersedia.", unknown.Message);
        Assert.Equal(before, await db.Set<PktTicket>().CountAsync());

        // Over HTTP: a refused ticket answers 422 with the message on the kiosk page, nothing is stored.
        var client = host.Factory.CreateBrowser();
        var response = await client.PostFormAsync(PktRoutes.Kiosk, PktRoutes.Kiosk, new() { ["layanan"] = "pkt-a-kenaikan-pangkat", ["nip"] = "12345" });
        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        Assert.Contains("pkt-alert error", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await db.Set<PktTicket>().CountAsync());
    }

    [Fact]
    public async Task A_ticket_taken_in_opening_hours_is_numbered_per_counter_and_day_with_a_private_code()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var queue = scope.ServiceProvider.GetRequiredService<PktQueue>();
        var day = new DateTime(2026, 10, 5, 2, 0, 0, DateTimeKind.Utc); // Monday, not in the sample history's month
        var first = await queue.IssueAsync("pkt-e-informasi", "199001012015031001", "+6281234567890", false, null, day, CancellationToken.None);
        var second = await queue.IssueAsync("pkt-e-kompetensi", null, null, true, null, day.AddMinutes(1), CancellationToken.None);

        Assert.Equal("E-001", first.Number);
        Assert.Equal("E-002", second.Number);
        Assert.Equal("081234567890", first.Phone);
        Assert.True(PktCodes.LooksValid(first.Code));
        Assert.NotEqual(first.Code, second.Code);

        var page = await host.Factory.CreateClient().GetAsync($"{PktRoutes.Ticket}/{first.Code}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("E-001", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var qr = await host.Factory.CreateClient().GetAsync($"{PktRoutes.Ticket}/{first.Code}/qr.svg");
        Assert.Equal("image/svg+xml", qr.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Factory.CreateClient().GetAsync($"{PktRoutes.Ticket}/bukan-kode")).StatusCode);
    }

    [Fact]
    public async Task Twenty_desks_calling_at_the_same_instant_get_twenty_different_tickets_in_queue_order()
    {
        const int desks = 20;
        var (counter, tickets) = await PrepareCounterAsync("X", desks, desks + 5);

        var calls = await Task.WhenAll(Enumerable.Range(1, desks).Select(async n =>
        {
            await using var scope = host.Factory.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<PktQueue>().CallNextAsync($"{counter}{n}", $"uji{n}", CancellationToken.None);
        }));

        var called = calls.Select(c => c!.Id).ToList();
        Assert.Equal(desks, called.Distinct().Count());
        Assert.Equal(tickets.Take(desks).Order(), called.Order());
        await using var check = host.Factory.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<DbContext>();
        var rows = await db.Set<PktTicket>().Where(t => t.CounterCode == counter).ToListAsync();
        Assert.Equal(desks, rows.Count(t => t.Status == PktTicketStatus.Called));
        Assert.Equal(desks, rows.Where(t => t.DeskCode != null).Select(t => t.DeskCode).Distinct().Count());
        Assert.Equal(tickets.Skip(desks), rows.Where(t => t.Status == PktTicketStatus.Waiting).Select(t => t.Id).Order());
    }

    /// <summary>
    /// Twenty desks of one counter on two nodes (each node has its own in-process gates, so only the database's lock
    /// stands between them) call at the same instant, three rounds: every call gets its own ticket, in queue order, and
    /// the counter's calls are strictly ordered in time.
    /// </summary>
    [Fact]
    public async Task Desks_on_two_nodes_calling_at_the_same_instant_never_share_a_ticket_and_skip_none()
    {
        const int desks = 20;
        const int rounds = 3;
        var (counter, tickets) = await PrepareCounterAsync("N", desks, desks * rounds + 5);
        var otherNode = new PktGates();
        var called = new List<long>();
        for (var round = 0; round < rounds; round++)
        {
            var calls = await Task.WhenAll(Enumerable.Range(1, desks).Select(async n =>
            {
                await using var scope = host.Factory.Services.CreateAsyncScope();
                var services = scope.ServiceProvider;
                var db = services.GetRequiredService<DbContext>();
                var queue = n % 2 == 0
                    ? services.GetRequiredService<PktQueue>()
                    : new PktQueue(db, services.GetRequiredService<Bkn.Cms.Contents.Services.SiteClock>(), TimeProvider.System, services.GetRequiredService<PktOptions>(), services.GetRequiredService<IPktNotifier>(), otherNode);
                var ticket = await queue.CallNextAsync($"{counter}{n}", $"uji{n}", CancellationToken.None);
                await db.Set<PktTicket>().Where(t => t.Id == ticket!.Id).ExecuteUpdateAsync(u => u.SetProperty(t => t.Status, PktTicketStatus.Done));
                return ticket!.Id;
            }));
            called.AddRange(calls);
        }

        Assert.Equal(desks * rounds, called.Distinct().Count());
        Assert.Equal(tickets.Take(desks * rounds).Order(), called.Order());
        await using var check = host.Factory.Services.CreateAsyncScope();
        var times = await check.ServiceProvider.GetRequiredService<DbContext>().Set<PktTicket>()
            .Where(t => t.CounterCode == counter && t.CalledUtc != null).Select(t => t.CalledUtc!.Value).ToListAsync();
        Assert.Equal(desks * rounds, times.Distinct().Count());
    }

    /// <summary>
    /// Eight desks call at the same instant, round after round, while priority visitors keep arriving at the front of
    /// the priority line (a transferred visitor keeps the time they first queued). Read the counter's calls in order:
    /// between two priority calls there are always at least N regular ones (N = 3, the default). Without one decision
    /// at a time per counter, two desks that read the queue around such an arrival each take a different priority
    /// visitor on the same "priority allowed" state, and the rule breaks by one.
    /// </summary>
    [Fact]
    public async Task Desks_calling_at_the_same_instant_never_take_two_priority_visitors_within_N_regular_calls()
    {
        const int desks = 8;
        const int rounds = 25;
        var (counter, _) = await PrepareCounterAsync("V", desks, desks * rounds + 20);
        int regularPerPriority;
        DateTime front;
        await using (var setup = host.Factory.Services.CreateAsyncScope())
        {
            regularPerPriority = setup.ServiceProvider.GetRequiredService<PktOptions>().RegularPerPriority;
            front = setup.ServiceProvider.GetRequiredService<PktQueue>().UtcNow.AddHours(-2);
        }

        var sequence = 5000;
        for (var round = 0; round < rounds; round++)
        {
            var arrivals = Task.Run(async () =>
            {
                for (var i = 0; i < 3; i++)
                {
                    await using var scope = host.Factory.Services.CreateAsyncScope();
                    var db = scope.ServiceProvider.GetRequiredService<DbContext>();
                    var queue = scope.ServiceProvider.GetRequiredService<PktQueue>();
                    var ticket = NewTicket(counter, $"uji-{counter}", queue.Today, Interlocked.Increment(ref sequence), queue.UtcNow);
                    ticket.Priority = true;
                    front = front.AddSeconds(-1);
                    ticket.QueueUtc = front;
                    db.Add(ticket);
                    await db.SaveChangesAsync();
                }
            });
            var calls = Enumerable.Range(1, desks).Select(async n =>
            {
                await using var scope = host.Factory.Services.CreateAsyncScope();
                return await scope.ServiceProvider.GetRequiredService<PktQueue>().CallNextAsync($"{counter}{n}", $"uji{n}", CancellationToken.None);
            });
            await Task.WhenAll(calls.Append(arrivals));

            await using var finish = host.Factory.Services.CreateAsyncScope();
            await finish.ServiceProvider.GetRequiredService<DbContext>().Set<PktTicket>()
                .Where(t => t.CounterCode == counter && t.Status == PktTicketStatus.Called)
                .ExecuteUpdateAsync(u => u.SetProperty(t => t.Status, PktTicketStatus.Done));
        }

        await using var check = host.Factory.Services.CreateAsyncScope();
        var called = await check.ServiceProvider.GetRequiredService<DbContext>().Set<PktTicket>()
            .Where(t => t.CounterCode == counter && t.CalledUtc != null)
            .Select(t => new { t.Id, t.Priority, t.CalledUtc })
            .ToListAsync();
        var order = called.OrderBy(t => t.CalledUtc).ThenBy(t => t.Id).Select(t => t.Priority).ToList();
        Assert.Equal(desks * rounds, order.Count);
        Assert.True(order.Count(p => p) >= rounds * desks / (regularPerPriority + 1) - 1, "priority visitors were called in their turn");
        var lastPriority = -regularPerPriority - 1;
        for (var i = 0; i < order.Count; i++)
        {
            if (order[i])
            {
                Assert.True(i - lastPriority > regularPerPriority, $"calls {lastPriority + 1} and {i + 1} were both priority calls with fewer than {regularPerPriority} regular calls between them");
                lastPriority = i;
            }
        }
    }

    /// <summary>
    /// Desk U2 runs on a node whose clock lags a few seconds behind. Its priority call must still count as the newest
    /// call of the counter: otherwise it sorts among older calls, the next desk does not see it among the last N calls
    /// and calls a second priority visitor right after it.
    /// </summary>
    [Fact]
    public async Task A_desk_on_a_node_whose_clock_lags_behind_cannot_slip_a_priority_call_past_the_fairness_rule()
    {
        var (counter, _) = await PrepareCounterAsync("U", 2, 8);
        await using (var setup = host.Factory.Services.CreateAsyncScope())
        {
            var db = setup.ServiceProvider.GetRequiredService<DbContext>();
            await db.Set<PktTicket>().Where(t => t.CounterCode == counter && t.Sequence <= 3)
                .ExecuteUpdateAsync(u => u.SetProperty(t => t.Priority, true));
        }

        var start = DateTime.UtcNow;
        var regularPerPriority = host.Factory.Services.GetRequiredService<PktOptions>().RegularPerPriority;
        var accurate = new ManualClock(start);
        var lagging = new ManualClock(start.AddSeconds(1.5));
        async Task<PktTicket> CallAsync(ManualClock time, string desk)
        {
            await using var scope = host.Factory.Services.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var db = services.GetRequiredService<DbContext>();
            var queue = new PktQueue(db, services.GetRequiredService<Bkn.Cms.Contents.Services.SiteClock>(), time, services.GetRequiredService<PktOptions>(), services.GetRequiredService<IPktNotifier>(), services.GetRequiredService<PktGates>());
            var ticket = await queue.CallNextAsync(desk, "uji", CancellationToken.None);
            await db.Set<PktTicket>().Where(t => t.Id == ticket!.Id).ExecuteUpdateAsync(u => u.SetProperty(t => t.Status, PktTicketStatus.Done));
            return ticket!;
        }

        var calls = new List<PktTicket>();
        for (var i = 0; i <= regularPerPriority; i++)
        {
            accurate.Now = start.AddSeconds(1 + i);
            calls.Add(await CallAsync(accurate, $"{counter}1"));
        }

        calls.Add(await CallAsync(lagging, $"{counter}2"));
        accurate.Now = start.AddSeconds(10);
        calls.Add(await CallAsync(accurate, $"{counter}1"));

        Assert.Equal([true, .. Enumerable.Repeat(false, regularPerPriority), true, false], calls.Select(c => c.Priority));
        await using var check = host.Factory.Services.CreateAsyncScope();
        var order = await check.ServiceProvider.GetRequiredService<DbContext>().Set<PktTicket>()
            .Where(t => t.CounterCode == counter && t.CalledUtc != null)
            .OrderBy(t => t.CalledUtc).ThenBy(t => t.Id).Select(t => t.Id).ToListAsync();
        Assert.Equal(calls.Select(c => c.Id), order);
    }

    private sealed class ManualClock(DateTime now) : TimeProvider
    {
        public DateTime Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => new(Now, TimeSpan.Zero);
    }

    [Fact]
    public async Task After_three_recalls_the_visitor_is_a_no_show_and_a_skipped_visitor_goes_to_the_end()
    {
        var (counter, tickets) = await PrepareCounterAsync("Y", 1, 3);
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var queue = scope.ServiceProvider.GetRequiredService<PktQueue>();
        var desk = $"{counter}1";

        var first = await queue.CallNextAsync(desk, "uji", CancellationToken.None);
        await queue.SkipAsync(desk, CancellationToken.None);
        var second = await queue.CallNextAsync(desk, "uji", CancellationToken.None);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(PktTicketStatus.Called, (await queue.RecallAsync(desk, CancellationToken.None)).Status);
        }

        var noShow = await queue.RecallAsync(desk, CancellationToken.None);
        var third = await queue.CallNextAsync(desk, "uji", CancellationToken.None);

        Assert.Equal(tickets[0], first!.Id);
        Assert.Equal(tickets[1], second!.Id);
        Assert.Equal(PktTicketStatus.NoShow, noShow.Status);
        Assert.Equal(tickets[2], third!.Id);
        var refused = await Assert.ThrowsAsync<PktException>(() => queue.CallNextAsync(desk, "uji", CancellationToken.None));
        Assert.Contains(third.Number, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_transfer_to_a_closed_counter_is_refused_and_an_open_one_gets_a_new_ticket_with_the_note()
    {
        var (counter, _) = await PrepareCounterAsync("Z", 1, 1);
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var queue = scope.ServiceProvider.GetRequiredService<PktQueue>();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var desk = $"{counter}1";
        var ticket = await queue.CallNextAsync(desk, "uji", CancellationToken.None);
        var d = await db.Set<PktCounter>().FirstAsync(c => c.Code == "D");
        d.IsOpen = false;
        await db.SaveChangesAsync();
        try
        {
            var closed = await Assert.ThrowsAsync<PktException>(() => queue.TransferAsync(desk, "pkt-d-bapek", "perlu pertimbangan", CancellationToken.None));
            Assert.Contains("tutup", closed.Message, StringComparison.Ordinal);
            var noNote = await Assert.ThrowsAsync<PktException>(() => queue.TransferAsync(desk, "pkt-b-pensiun", " ", CancellationToken.None));
            Assert.Contains("catatan", noNote.Message, StringComparison.OrdinalIgnoreCase);

            var moved = await queue.TransferAsync(desk, "pkt-b-pensiun", "Tanyakan DPCP", CancellationToken.None);

            Assert.Equal("B", moved.CounterCode);
            Assert.Equal(ticket!.Id, moved.TransferredFromId);
            Assert.Equal("Tanyakan DPCP", moved.TransferNote);
            await using var check = host.Factory.Services.CreateAsyncScope();
            Assert.Equal(PktTicketStatus.Transferred, (await check.ServiceProvider.GetRequiredService<DbContext>().Set<PktTicket>().FirstAsync(t => t.Id == ticket.Id)).Status);
        }
        finally
        {
            d.IsOpen = true;
            await db.SaveChangesAsync();
        }
    }

    [Fact]
    public async Task Staff_call_serve_and_record_the_case_the_screen_shows_it_and_the_visitor_rates_once()
    {
        var code = await AddWaitingTicketAsync("C", "pkt-c-status");
        var staff = host.Factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await staff.SignInAsync("petugas.pkt.c", PktHost.Password)).StatusCode);
        var console = await staff.GetStringAsync(PktRoutes.Console);
        Assert.Contains("data-key=\"n\"", console, StringComparison.Ordinal);
        Assert.Contains("pkt-console.js", console, StringComparison.Ordinal);

        var call = await staff.PostFormAsync(PktRoutes.Console, PktRoutes.Console + "/panggil", new() { ["meja"] = "C1" });
        Assert.Equal("/admin/pkt/loket?ok=panggil", call.Headers.Location?.OriginalString);
        string number;
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            number = (await scope.ServiceProvider.GetRequiredService<DbContext>().Set<PktTicket>().FirstAsync(t => t.Code == code)).Number;
        }

        var screen = await host.Factory.CreateClient().GetStringAsync(PktRoutes.Display + "/data");
        Assert.Contains($"\"number\":\"{number}\"", screen, StringComparison.Ordinal);
        Assert.Contains($"Nomor antrean {PktSpeech.TicketNumber(number)}, silakan ke loket C satu", screen, StringComparison.Ordinal);

        await staff.PostFormAsync(PktRoutes.Console, PktRoutes.Console + "/mulai", new() { ["meja"] = "C1" });
        var badDoc = await staff.PostFormAsync(PktRoutes.Console, PktRoutes.Console + "/selesai", new() { ["meja"] = "C1", ["layanan"] = "pkt-c-status", ["hasil"] = "selesai", ["dokumen"] = "SK palsu" });
        Assert.Contains("galat=", badDoc.Headers.Location?.OriginalString, StringComparison.Ordinal);
        var finish = await staff.PostFormAsync(PktRoutes.Console, PktRoutes.Console + "/selesai", new()
        {
            ["meja"] = "C1", ["layanan"] = "pkt-c-status", ["hasil"] = "ditindaklanjuti", ["dokumen"] = "Surat pengantar instansi", ["catatan"] = "Berkas kurang satu", ["nip"] = "199001012015031001",
        });
        Assert.Equal("/admin/pkt/loket?ok=selesai", finish.Headers.Location?.OriginalString);
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var done = await scope.ServiceProvider.GetRequiredService<DbContext>().Set<PktTicket>().FirstAsync(t => t.Code == code);
            Assert.Equal(PktTicketStatus.Done, done.Status);
            Assert.Equal(PktOutcome.Ditindaklanjuti, done.Outcome);
            Assert.Equal("Surat pengantar instansi", done.DocumentsReceived);
            Assert.Equal("petugas.pkt.c", done.StaffUserName);
        }

        var visitor = host.Factory.CreateBrowser();
        var survey = $"{PktRoutes.Survey}/{code}";
        var answers = Enumerable.Range(0, 9).ToDictionary(i => $"u[{i}]", i => i % 2 == 0 ? "4" : "3");
        var incomplete = await visitor.PostFormAsync(survey, survey, new() { ["u[0]"] = "4" });
        Assert.Equal((HttpStatusCode)422, incomplete.StatusCode);
        var first = await visitor.PostFormAsync(survey, survey, new Dictionary<string, string>(answers));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("Terima kasih", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var token = await visitor.AntiforgeryTokenAsync(PktRoutes.Kiosk);
        answers["__RequestVerificationToken"] = token;
        var second = await visitor.PostAsync(survey, new FormUrlEncodedContent(answers));
        Assert.Equal((HttpStatusCode)422, second.StatusCode);
        Assert.Contains("sudah diisi", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DbContext>();
            var ticketId = await db.Set<PktTicket>().Where(t => t.Code == code).Select(t => t.Id).FirstAsync();
            Assert.Equal(1, await db.Set<PktSurvey>().CountAsync(s => s.TicketId == ticketId));
        }
    }

    [Fact]
    public async Task The_console_is_for_staff_of_the_PKT_unit_only()
    {
        var helpdesk = host.Factory.CreateBrowser();
        await helpdesk.SignInAsync("operator1", CmsFactory.HelpdeskPassword);
        var denied = await helpdesk.GetAsync(PktRoutes.Console);
        Assert.NotEqual(HttpStatusCode.OK, denied.StatusCode);

        // A "Petugas PKT" of another unit holds the permission only there: no desks, and PKT desks answer 404.
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>();
            var db = scope.ServiceProvider.GetRequiredService<ICmsDbContext>();
            if (await users.FindByNameAsync("petugas.lain") is null)
            {
                var unit = await db.Units.FirstAsync(u => u.Code == "DIT-PDIK");
                var user = new CmsUser { UserName = "petugas.lain", DisplayName = "Petugas unit lain", UnitId = unit.Id, CreatedUtc = DateTime.UtcNow };
                Assert.True((await users.CreateAsync(user, PktHost.Password)).Succeeded);
                Assert.True((await users.AddToRoleAsync(user, "Petugas PKT")).Succeeded);
            }
        }

        var other = host.Factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await other.SignInAsync("petugas.lain", PktHost.Password)).StatusCode);
        var page = await other.GetStringAsync(PktRoutes.Console);
        Assert.Contains("Tidak ada meja loket di unit Anda.", page, StringComparison.Ordinal);
        var call = await other.PostFormAsync(PktRoutes.Console, PktRoutes.Console + "/masuk", new() { ["meja"] = "A2" });
        Assert.Equal(HttpStatusCode.NotFound, call.StatusCode);
    }

    [Fact]
    public async Task The_API_lists_todays_tickets_and_the_months_figures_with_IKM_per_counter()
    {
        var client = host.Factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/pkt/antrean")).StatusCode);
        client.UseBearer(await client.TokenAsync("supervisor.pkt", PktHost.Password));
        await AddWaitingTicketAsync("F", "pkt-f-sppd");

        using var queue = JsonDocument.Parse(await client.GetStringAsync("/api/pkt/antrean?loket=F"));
        Assert.Contains(queue.RootElement.GetProperty("tiket").EnumerateArray(), t => t.GetProperty("status").GetString() == "menunggu");
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/pkt/antrean?loket=Q")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/pkt/laporan?bulan=2026-13")).StatusCode);

        string month;
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var today = scope.ServiceProvider.GetRequiredService<PktQueue>().Today;
            month = today.AddDays(-15).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        }

        using var report = JsonDocument.Parse(await client.GetStringAsync($"/api/pkt/laporan?bulan={month}"));
        var root = report.RootElement;
        Assert.True(root.GetProperty("visitors").GetInt32() > 0);
        Assert.True(root.GetProperty("waitP90").GetDouble() >= root.GetProperty("waitP50").GetDouble());
        var ikm = root.GetProperty("ikmPerCounter").EnumerateArray().ToList();
        Assert.NotEmpty(ikm);
        Assert.All(ikm, r => Assert.InRange(r.GetProperty("ikm").GetDouble(), 25, 100));

        var browser = host.Factory.CreateBrowser();
        await browser.SignInAsync("supervisor.pkt", PktHost.Password);
        Assert.Contains("Indeks Kepuasan Masyarakat", await browser.GetStringAsync($"{PktRoutes.Reports}?bulan={month}"), StringComparison.Ordinal);
        var excel = await browser.GetAsync($"{PktRoutes.Reports}/excel?bulan={month}");
        Assert.Equal(HttpStatusCode.OK, excel.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", excel.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_call_reaches_a_connected_display_through_the_hub_with_the_sentence_to_speak()
    {
        var (counter, _) = await PrepareCounterAsync("W", 1, 1);
        var socket = host.Factory.Server.CreateWebSocketClient();
        using var ws = await socket.ConnectAsync(new Uri(host.Factory.Server.BaseAddress, "/pkt/hub"), CancellationToken.None);
        const char separator = (char)0x1e;
        await ws.SendAsync(System.Text.Encoding.UTF8.GetBytes("{\"protocol\":\"json\",\"version\":1}" + separator), System.Net.WebSockets.WebSocketMessageType.Text, true, CancellationToken.None);
        Assert.Equal("{}", (await ReceiveAsync(ws)).Trim(separator));

        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PktQueue>().CallNextAsync($"{counter}1", "uji", CancellationToken.None);
        }

        string frame;
        do
        {
            frame = await ReceiveAsync(ws);
        }
        while (!frame.Contains("\"dipanggil\"", StringComparison.Ordinal));

        Assert.Contains("Nomor antrean W nol nol satu, silakan ke loket W satu", frame, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publishing_or_withdrawing_a_news_item_tells_the_connected_displays_at_once()
    {
        var socket = host.Factory.Server.CreateWebSocketClient();
        using var ws = await socket.ConnectAsync(new Uri(host.Factory.Server.BaseAddress, "/pkt/hub"), CancellationToken.None);
        const char separator = (char)0x1e;
        await ws.SendAsync(System.Text.Encoding.UTF8.GetBytes("{\"protocol\":\"json\",\"version\":1}" + separator), System.Net.WebSockets.WebSocketMessageType.Text, true, CancellationToken.None);
        Assert.Equal("{}", (await ReceiveAsync(ws)).Trim(separator));

        string id;
        string title;
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DbContext>();
            id = await db.Database.SqlQueryRaw<string>("SELECT \"ContentItemId\" AS \"Value\" FROM \"ContentItems\" WHERE \"Published\" AND NOT \"Deleted\" AND \"ContentType\" = 'Berita' ORDER BY \"PublishedUtc\" DESC LIMIT 1").FirstAsync();
            var content = scope.ServiceProvider.GetRequiredService<Bkn.Cms.ContentManagement.IContentManager>();
            title = (await content.GetAsync(id))!.DisplayText;
            await content.UnpublishAsync(id);
        }

        await NewsFrameAsync(ws);
        Assert.DoesNotContain(title, await DisplayNewsAsync());

        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            // Published again as the editorial review's approval publishes it (the second editor's step is Humas's business).
            scope.ServiceProvider.GetRequiredService<Bkn.Cms.Humas.Services.EditorialContext>().Publishing = true;
            await scope.ServiceProvider.GetRequiredService<Bkn.Cms.ContentManagement.IContentManager>().PublishAsync(id);
        }

        await NewsFrameAsync(ws);
        Assert.Contains(title, await DisplayNewsAsync());
    }

    private async Task<List<string>> DisplayNewsAsync()
    {
        using var data = JsonDocument.Parse(await host.Factory.CreateClient().GetStringAsync(PktRoutes.Display + "/data"));
        return data.RootElement.GetProperty("news").EnumerateArray().Select(n => n.GetString()!).ToList();
    }

    [Fact]
    public async Task The_console_links_the_visitor_at_the_desk_to_their_KP_or_pension_dossier_by_NIP()
    {
        const string nip = "196512101990031002";
        const string nomor = "PS-202612-UJIPKT01";
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DbContext>();
            var queue = scope.ServiceProvider.GetRequiredService<PktQueue>();
            db.Add(new Bkn.Cms.Kepegawaian.Models.KpoUsulan
            {
                Nomor = nomor,
                AgencyId = Bkn.Cms.Agencies.Services.AgencyCodes.IdOf("PROV-35"),
                Period = new DateOnly(2026, 12, 1),
                Jenis = Bkn.Cms.Kepegawaian.Rules.JenisUsulan.PensiunReguler,
                Nip = nip,
                Nama = "Pegawai Uji",
                Golongan = "III/d",
                CreatedUtc = queue.UtcNow,
            });
            await db.Set<PktTicket>().Where(t => t.DeskCode == "B1" && (t.Status == PktTicketStatus.Called || t.Status == PktTicketStatus.Serving))
                .ExecuteUpdateAsync(u => u.SetProperty(t => t.Status, PktTicketStatus.Done));
            var last = await db.Set<PktTicket>().Where(t => t.CounterCode == "B" && t.Day == queue.Today).MaxAsync(t => (int?)t.Sequence) ?? 0;
            var ticket = NewTicket("B", "pkt-b-pensiun", queue.Today, last + 1, queue.UtcNow.AddMinutes(-5));
            ticket.Nip = nip;
            ticket.Status = PktTicketStatus.Called;
            ticket.DeskCode = "B1";
            ticket.StaffUserName = "petugas.pkt.b";
            ticket.CalledUtc = queue.UtcNow;
            db.Add(ticket);
            await db.SaveChangesAsync();
        }

        var staff = host.Factory.CreateBrowser();
        await staff.SignInAsync("petugas.pkt.b", PktHost.Password);
        var console = await staff.GetStringAsync(PktRoutes.Console);

        Assert.Contains("Berkas terkait NIP ini", console, StringComparison.Ordinal);
        Assert.Contains($"href=\"/admin/kpo/usulan/{nomor}\"", console, StringComparison.Ordinal);
        Assert.Contains("Usulan pensiun", console, StringComparison.Ordinal);
    }

    private static async Task NewsFrameAsync(System.Net.WebSockets.WebSocket ws)
    {
        string frame;
        do
        {
            frame = await ReceiveAsync(ws);
        }
        while (!frame.Contains("\"berita\"", StringComparison.Ordinal));
    }

    private static async Task<string> ReceiveAsync(System.Net.WebSockets.WebSocket ws)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var buffer = new byte[8192];
        var text = new System.Text.StringBuilder();
        System.Net.WebSockets.WebSocketReceiveResult result;
        do
        {
            result = await ws.ReceiveAsync(buffer, timeout.Token);
            text.Append(System.Text.Encoding.UTF8.GetString(buffer, 0, result.Count));
        }
        while (!result.EndOfMessage);
        return text.ToString();
    }

    /// <summary>A counter of its own for a test (no unit), with desks signed in and waiting tickets of today; ticket ids in queue order.</summary>
    private async Task<(string Counter, List<long> Tickets)> PrepareCounterAsync(string code, int desks, int tickets)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var queue = scope.ServiceProvider.GetRequiredService<PktQueue>();
        db.Add(new PktCounter { Code = code, Name = $"Loket uji {code}", Order = 99 });
        db.Add(new PktService { Id = $"uji-{code}", CounterCode = code, Name = "Layanan uji", Requirements = "Surat" });
        for (var n = 1; n <= desks; n++)
        {
            db.Add(new PktDesk { Code = $"{code}{n}", CounterCode = code, Number = n, StaffUserName = $"uji{n}" });
        }

        var start = queue.UtcNow.AddHours(-1);
        var rows = Enumerable.Range(1, tickets).Select(i => NewTicket(code, $"uji-{code}", queue.Today, i, start.AddSeconds(i))).ToList();
        db.AddRange(rows);
        await db.SaveChangesAsync();
        return (code, rows.Select(r => r.Id).ToList());
    }

    private async Task<string> AddWaitingTicketAsync(string counter, string service)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var queue = scope.ServiceProvider.GetRequiredService<PktQueue>();
        var day = queue.Today;
        var last = await db.Set<PktTicket>().Where(t => t.CounterCode == counter && t.Day == day).MaxAsync(t => (int?)t.Sequence) ?? 0;
        var ticket = NewTicket(counter, service, day, last + 1, queue.UtcNow.AddHours(-2));
        db.Add(ticket);
        await db.SaveChangesAsync();
        return ticket.Code;
    }

    private static PktTicket NewTicket(string counter, string service, DateOnly day, int sequence, DateTime issuedUtc) => new()
    {
        Code = PktCodes.New(),
        CounterCode = counter,
        ServiceId = service,
        Day = day,
        Sequence = sequence,
        Number = $"{counter}-{sequence:000}",
        IssuedUtc = issuedUtc,
        QueueUtc = issuedUtc,
    };
}
