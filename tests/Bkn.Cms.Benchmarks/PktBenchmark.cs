using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.RegularExpressions;
using Bkn.Cms.Data;
using Bkn.Cms.Hosting;
using Bkn.Cms.Pkt.Models;
using Bkn.Cms.Pkt.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static Bkn.Cms.Benchmarks.BenchTools;

namespace Bkn.Cms.Benchmarks;

/// <summary>
/// The PKT single window under load, with the real site on Kestrel (loopback) and clients in the same process:
/// (1) call-next with D desks calling at once, each calling, finishing and calling again (PktQueue.CallNextAsync in a
/// request scope, as the console's POST runs it; the desks are spread over four counters of five desks, like a busy
/// hall); (2) how long a call takes to reach every one of W display screens connected to /pkt/hub over WebSockets;
/// (3) the monthly report page (/admin/pkt/laporan, rendered HTML) over a month of V generated visits.
/// </summary>
internal static partial class PktBenchmark
{
    private const string Password = "Bench-Pkt-2026";
    private const char Separator = (char)0x1e;

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("sqlite" or "postgres"))
        {
            await Console.Error.WriteLineAsync("usage: pkt sqlite|postgres [--desks D] [--seconds S] [--screens W] [--calls N] [--visits V] [--reps N] [--keep]");
            return 2;
        }

        var provider = args[0] == "sqlite" ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres;
        var database = await BenchDatabase.CreateAsync(provider);
        try
        {
            return await RunOnDatabaseAsync(provider, database, Option(args, "--desks", 20), Option(args, "--seconds", 20), Option(args, "--screens", 200), Option(args, "--calls", 50), Option(args, "--visits", 50_000), Option(args, "--reps", 30));
        }
        finally
        {
            if (args.Contains("--keep"))
            {
                Console.WriteLine($"kept: {database.Describe()}");
            }
            else
            {
                await database.DisposeAsync();
            }
        }
    }

    private static async Task<int> RunOnDatabaseAsync(DatabaseProvider provider, BenchDatabase database, int desks, int seconds, int screens, int calls, int visits, int reps)
    {
        Console.WriteLine($"pkt on {provider}: {desks} desks for {seconds} s, {screens} screens x {calls} calls, report over {visits:N0} visits, .NET {Environment.Version}, {Environment.ProcessorCount} cores, load average {LoadAverage()}");
        Environment.SetEnvironmentVariable("BKN_ADMIN_PASSWORD", Password);
        Environment.SetEnvironmentVariable("BKN_HELPDESK_PASSWORD", Password);
        Environment.SetEnvironmentVariable("BKN_PKT_PASSWORD", Password);
        if (await StartSiteAsync(provider, database) is not { } site)
        {
            return 1;
        }

        await using var app = site.App;
        var address = site.Address;
        var clock = Stopwatch.StartNew();

        // 1. Call-next: D desks over four bench counters, plenty of waiting tickets (a priority one every fifth).
        var counters = new[] { "P", "Q", "R", "S" };
        var perCounter = (desks + counters.Length - 1) / counters.Length;
        await SeedCountersAsync(app.Services, counters, perCounter, ticketsPerCounter: 40_000 / counters.Length);

        // A hall's statistics know its counters and a day's queue. The bench counters and their 40,000 tickets appear
        // at once, so PostgreSQL's planner would still think they hold no rows (until auto-analyze happens to run) and
        // may pick an index that sorts the whole queue on each call: 12 ms instead of 0.1 ms, the difference between a
        // p95 of ~130 ms and ~27 ms in otherwise equal runs.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DbContext>().Database.ExecuteSqlRawAsync("ANALYZE");
        }

        var deskCodes = counters.SelectMany(c => Enumerable.Range(1, perCounter).Select(n => $"{c}{n}")).Take(desks).ToList();
        await CallForAsync(app.Services, deskCodes, TimeSpan.FromSeconds(Math.Max(2, seconds / 4))); // warm-up, not counted
        var (latencies, elapsed) = await CallForAsync(app.Services, deskCodes, TimeSpan.FromSeconds(seconds));
        Console.WriteLine($"call-next, {desks} desks at once: {latencies.Count:N0} calls in {elapsed:F1} s = {latencies.Count / elapsed:F0}/s; p50 {Percentile(latencies, 50):F1} ms, p95 {Percentile(latencies, 95):F1} ms, p99 {Percentile(latencies, 99):F1} ms");

        // 2. W display screens on the hub; each call is timed from the desk's click until the last screen has it.
        var sockets = new List<ClientWebSocket>();
        var received = new ConcurrentDictionary<string, ConcurrentBag<long>>();
        var readers = new List<Task>();
        using var stop = new CancellationTokenSource();
        for (var i = 0; i < screens; i++)
        {
            var socket = new ClientWebSocket();
            await socket.ConnectAsync(new Uri($"ws://{address.Authority}/pkt/hub"), CancellationToken.None);
            await socket.SendAsync(Encoding.UTF8.GetBytes("{\"protocol\":\"json\",\"version\":1}" + Separator), WebSocketMessageType.Text, true, CancellationToken.None);
            sockets.Add(socket);
            readers.Add(ReadAsync(socket, received, stop.Token));
        }

        // The display phase calls at its own counter with its own tickets: the call-next phase may have emptied the
        // bench counters (at ~500 calls/s, 25 s drain 10,000 tickets from each).
        await SeedCountersAsync(app.Services, ["T"], desksPerCounter: 1, ticketsPerCounter: calls + 10);
        await Task.Delay(500);
        var reach = new List<double>();
        var desk = "T1";
        for (var i = 0; i < calls; i++)
        {
            await FinishAsync(app.Services, desk);
            var start = Stopwatch.GetTimestamp();
            string number;
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var ticket = await scope.ServiceProvider.GetRequiredService<PktQueue>().CallNextAsync(desk, "bench", CancellationToken.None);
                if (ticket is null)
                {
                    var db = scope.ServiceProvider.GetRequiredService<DbContext>();
                    var counter = db.Set<PktDesk>().Where(d => d.Code == desk).Select(d => d.CounterCode).Single();
                    var byStatus = db.Set<PktTicket>().Where(t => t.CounterCode == counter).GroupBy(t => new { t.Status, t.Day }).Select(g => new { g.Key.Status, g.Key.Day, Count = g.Count() }).ToList();
                    Console.WriteLine($"DIAG: no ticket for {desk} (counter {counter}, today {scope.ServiceProvider.GetRequiredService<PktQueue>().Today}): " + string.Join(", ", byStatus.Select(x => $"{x.Status}/{x.Day}={x.Count}")));
                    return 1;
                }

                number = ticket.Number;
            }

            var bag = received.GetOrAdd(number, _ => []);
            var deadline = Stopwatch.StartNew();
            while (bag.Count < screens && deadline.Elapsed < TimeSpan.FromSeconds(10))
            {
                await Task.Delay(1);
            }

            reach.Add(bag.Count < screens ? double.PositiveInfinity : Stopwatch.GetElapsedTime(start, bag.Max()).TotalMilliseconds);
        }

        await stop.CancelAsync();
        foreach (var socket in sockets)
        {
            socket.Abort();
            socket.Dispose();
        }

        await Task.WhenAll(readers);
        Console.WriteLine($"call to all {screens} screens: {calls} calls, p50 {Percentile(reach, 50):F0} ms, p95 {Percentile(reach, 95):F0} ms, max {reach.Max():F0} ms");

        // 3. The monthly report over V visits of one month (generated in bulk, surveys for a third of them).
        var month = new DateOnly(2025, 6, 1);
        clock.Restart();
        await SeedMonthAsync(app.Services, month, visits);
        Console.WriteLine($"generated {visits:N0} visits of {month:yyyy-MM} in {clock.Elapsed.TotalSeconds:F0} s");
        using var supervisor = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = address };
        var login = Hidden(await supervisor.GetStringAsync("/akun/masuk"), "__RequestVerificationToken");
        var signedIn = await supervisor.PostAsync("/akun/masuk", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = login, ["UserName"] = "supervisor.pkt", ["Password"] = Password }));
        if (signedIn.StatusCode != HttpStatusCode.Redirect)
        {
            Console.WriteLine("sign-in failed");
            return 1;
        }

        var times = new List<double>();
        for (var i = 0; i < reps + 3; i++)
        {
            var one = Stopwatch.StartNew();
            var response = await supervisor.GetAsync($"/admin/pkt/laporan?bulan={month:yyyy-MM}");
            await response.Content.ReadAsByteArrayAsync();
            if (response.StatusCode != HttpStatusCode.OK)
            {
                Console.WriteLine($"report page answered {(int)response.StatusCode}");
                return 1;
            }

            if (i >= 3)
            {
                times.Add(one.Elapsed.TotalMilliseconds);
            }
        }

        Console.WriteLine($"report page, {visits:N0} visits: p50 {Percentile(times, 50):F0} ms, p95 {Percentile(times, 95):F0} ms, max {times.Max():F0} ms");
        await app.StopAsync();
        return 0;
    }

    private static async Task SeedCountersAsync(IServiceProvider services, string[] counters, int desksPerCounter, int ticketsPerCounter)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var queue = scope.ServiceProvider.GetRequiredService<PktQueue>();
        var start = queue.UtcNow.AddHours(-1);
        foreach (var code in counters)
        {
            db.Add(new PktCounter { Code = code, Name = $"Loket uji {code}", Order = 90 });
            db.Add(new PktService { Id = $"bench-{code}", CounterCode = code, Name = "Layanan uji", Requirements = "Surat" });
            for (var n = 1; n <= desksPerCounter; n++)
            {
                db.Add(new PktDesk { Code = $"{code}{n}", CounterCode = code, Number = n, StaffUserName = $"bench.{code}{n}" });
            }

            await db.SaveChangesAsync();
            for (var batch = 0; batch < ticketsPerCounter; batch += 2000)
            {
                for (var i = batch + 1; i <= Math.Min(ticketsPerCounter, batch + 2000); i++)
                {
                    db.Add(Ticket(code, queue.Today, i, start.AddMilliseconds(i), priority: i % 5 == 0));
                }

                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }
    }

    private static PktTicket Ticket(string counter, DateOnly day, int sequence, DateTime issuedUtc, bool priority) => new()
    {
        Code = PktCodes.New(),
        CounterCode = counter,
        ServiceId = $"bench-{counter}",
        Day = day,
        Sequence = sequence,
        Number = $"{counter}-{sequence:000}",
        IssuedUtc = issuedUtc,
        QueueUtc = issuedUtc,
        Priority = priority,
    };

    private static async Task<(ConcurrentBag<double> Latencies, double Seconds)> CallForAsync(IServiceProvider services, IReadOnlyList<string> desks, TimeSpan duration)
    {
        var latencies = new ConcurrentBag<double>();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(desks.Select(async desk =>
        {
            while (clock.Elapsed < duration)
            {
                await FinishAsync(services, desk);
                var one = Stopwatch.StartNew();
                await using var scope = services.CreateAsyncScope();
                var ticket = await scope.ServiceProvider.GetRequiredService<PktQueue>().CallNextAsync(desk, "bench", CancellationToken.None);
                latencies.Add(one.Elapsed.TotalMilliseconds);
                if (ticket is null)
                {
                    return;
                }
            }
        }));
        return (latencies, clock.Elapsed.TotalSeconds);
    }

    private static async Task FinishAsync(IServiceProvider services, string desk)
    {
        await using var scope = services.CreateAsyncScope();
        var now = DateTime.UtcNow;
        await scope.ServiceProvider.GetRequiredService<DbContext>().Set<PktTicket>()
            .Where(t => t.DeskCode == desk && (t.Status == PktTicketStatus.Called || t.Status == PktTicketStatus.Serving))
            .ExecuteUpdateAsync(u => u.SetProperty(t => t.Status, PktTicketStatus.Done).SetProperty(t => t.StartedUtc, now).SetProperty(t => t.FinishedUtc, now));
    }

    private static async Task ReadAsync(ClientWebSocket socket, ConcurrentDictionary<string, ConcurrentBag<long>> received, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        var text = new StringBuilder();
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var result = await socket.ReceiveAsync(buffer, cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
                if (!result.EndOfMessage)
                {
                    continue;
                }

                var now = Stopwatch.GetTimestamp();
                foreach (var frame in text.ToString().Split(Separator, StringSplitOptions.RemoveEmptyEntries))
                {
                    if (frame.Contains("\"dipanggil\"", StringComparison.Ordinal) && NumberRegex().Match(frame) is { Success: true } match)
                    {
                        received.GetOrAdd(match.Groups[1].Value, _ => []).Add(now);
                    }
                }

                text.Clear();
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // Closed at the end of the phase.
        }
    }

    private static async Task SeedMonthAsync(IServiceProvider services, DateOnly month, int visits)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var services6 = (await db.Set<PktService>().AsNoTracking().ToListAsync()).Where(s => s.CounterCode is "A" or "B" or "C" or "D" or "E" or "F").ToList();
        var random = new Random(7);
        var days = Enumerable.Range(0, DateTime.DaysInMonth(month.Year, month.Month)).Select(month.AddDays).Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)).ToList();
        var sequences = new Dictionary<(string, DateOnly), int>();
        for (var i = 0; i < visits; i++)
        {
            var service = services6[random.Next(services6.Count)];
            var day = days[random.Next(days.Count)];
            var sequence = sequences[(service.CounterCode, day)] = sequences.GetValueOrDefault((service.CounterCode, day)) + 1;
            var issued = day.ToDateTime(new TimeOnly(1, 0)).AddMinutes(random.Next(0, 420));
            var ticket = Ticket(service.CounterCode, day, 10_000 + sequence, DateTime.SpecifyKind(issued, DateTimeKind.Utc), random.Next(10) == 0);
            ticket.ServiceId = service.Id;
            var noShow = random.Next(20) == 0;
            ticket.CalledUtc = ticket.IssuedUtc.AddMinutes(random.Next(1, 60));
            ticket.Status = noShow ? PktTicketStatus.NoShow : PktTicketStatus.Done;
            ticket.StartedUtc = noShow ? null : ticket.CalledUtc;
            ticket.FinishedUtc = ticket.CalledUtc.Value.AddMinutes(random.Next(3, 25));
            ticket.DeskCode = $"{service.CounterCode}1";
            ticket.EstimateLowMinutes = random.Next(0, 30);
            ticket.EstimateHighMinutes = ticket.EstimateLowMinutes + 15;
            ticket.Outcome = noShow ? PktOutcome.None : PktOutcome.Selesai;
            db.Add(ticket);
            if ((i + 1) % 5000 == 0)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync();
        await db.Database.ExecuteSqlRawAsync("ANALYZE");
    }

    private static string Hidden(string html, string name)
    {
        var match = Regex.Match(html, $"name=\"{name}\"[^>]*value=\"([^\"]*)\"");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("\"nomor\":\"([^\"]+)\"")]
    private static partial Regex NumberRegex();
}
