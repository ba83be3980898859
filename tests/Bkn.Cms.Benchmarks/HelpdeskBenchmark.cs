using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Runtime;
using System.Text.RegularExpressions;
using Bkn.Cms.Data;
using Bkn.Cms.Helpdesk.Models;
using Bkn.Cms.Helpdesk.Services;
using Bkn.Cms.Hosting;
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
/// The helpdesk under load, with the real site on Kestrel (loopback) and HTTP clients in the same process:
/// (1) sustained submissions — each client opens a form (captcha, antiforgery) and posts it — for a fixed time, then
/// the tickets are counted to prove none was lost; (2) status checks per second; (3) the operator queue page
/// (counts per status included) at N tickets, generated in bulk, as p50/p95 over repetitions.
/// </summary>
internal static partial class HelpdeskBenchmark
{
    private const string AdminPassword = "Bench-Admin-2026";
    private static readonly string[] Words =
    [
        "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
        "sebelas", "dua belas", "tiga belas", "empat belas", "lima belas", "enam belas", "tujuh belas", "delapan belas", "sembilan belas", "dua puluh",
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("sqlite" or "postgres"))
        {
            await Console.Error.WriteLineAsync("usage: helpdesk sqlite|postgres [--tickets N] [--seconds S] [--clients C] [--reps N] [--warmup S] [--warmup-max S] [--sql] [--keep]");
            return 2;
        }

        var provider = args[0] == "sqlite" ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres;
        var tickets = Option(args, "--tickets", 1_000_000);
        var seconds = Option(args, "--seconds", 20);
        var clients = Option(args, "--clients", 16);
        var reps = Option(args, "--reps", 100);
        var warmup = Option(args, "--warmup", 20);
        var warmupMax = Option(args, "--warmup-max", 240);
        var database = await BenchDatabase.CreateAsync(provider);
        try
        {
            return await RunOnDatabaseAsync(provider, database, tickets, seconds, clients, reps, (warmup, warmupMax), args.Contains("--sql"));
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

    private static async Task<int> RunOnDatabaseAsync(DatabaseProvider provider, BenchDatabase database, int tickets, int seconds, int clients, int reps, (int Min, int Max) warmup, bool sql)
    {
        Console.WriteLine($"helpdesk on {provider}: {tickets:N0} tickets, {seconds} s per load phase, {clients} clients, .NET {Environment.Version}, {Environment.ProcessorCount} cores, load average {LoadAverage()}");
        Environment.SetEnvironmentVariable("BKN_ADMIN_PASSWORD", AdminPassword);
        Environment.SetEnvironmentVariable("BKN_HELPDESK_PASSWORD", AdminPassword);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["App:DataPath"] = database.DataPath,
            ["App:BaseUrl"] = "http://localhost", // required outside Development
            ["Database:Provider"] = provider.ToString(),
            ["Database:ConnectionString"] = database.ConnectionString,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Critical",
            ["RateLimits:HelpdeskSubmitPerMinute"] = "100000000",
            ["RateLimits:HelpdeskStatusPerMinute"] = "100000000",
            ["RateLimits:AuthenticationPerMinute"] = "100000",
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddBknCms();
        // The recorder only with --sql: an interceptor puts every command of the measured phases through EF's interception path.
        var recorder = new CommandRecorder();
        if (sql && provider == DatabaseProvider.Postgres)
        {
            builder.Services.ConfigureDbContext<PostgresCmsDbContext>(o => o.AddInterceptors(recorder));
        }
        else if (sql)
        {
            builder.Services.ConfigureDbContext<SqliteCmsDbContext>(o => o.AddInterceptors(recorder));
        }

        await using var app = builder.Build();
        var clock = Stopwatch.StartNew();
        if (!await app.InitializeBknCmsAsync())
        {
            return 1;
        }

        app.UseBknCms();
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        Console.WriteLine($"migrations + setup recipe + start: {clock.Elapsed.TotalSeconds:F1} s, listening on {address}");

        // 1. Submissions. The JIT keeps compiling for the first minute or more of load (tier-0 code, then PGO-instrumented
        // code, then tier 1, on a background thread that competes with the load for the cores); a long-running server has
        // long since done so. So the load first runs unmeasured until the JIT has settled, then the measured phase.
        // Process CPU time per submission is reported beside the rate.
        var warm = await WarmUpAsync(warmup.Min, warmup.Max, async d => (await SubmitForAsync(address, clients, d, seed: 1000)).Submitted);
        Console.WriteLine($"warm-up: {warm.Runs:N0} submissions in {warm.Seconds:F0} s, until the JIT settled ({warm.Methods:N0} methods compiled in its last 5 s; not counted)");

        var before = await CountAsync(app.Services);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var jitBefore = JitInfo.GetCompiledMethodCount();
        var (submitted, failed, latencies, elapsed) = await SubmitForAsync(address, clients, TimeSpan.FromSeconds(seconds), seed: 0);
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds;
        var jitted = JitInfo.GetCompiledMethodCount() - jitBefore;
        var after = await CountAsync(app.Services);
        Console.WriteLine($"submissions: {submitted:N0} confirmed in {elapsed:F1} s = {submitted / elapsed:F0}/s (form + post per submission), {failed} failed; tickets counted afterwards: {after - before:N0} ({(after - before == submitted ? "zero lost" : "MISMATCH")}); latency p50 {Percentile(latencies, 50):F0} ms, p95 {Percentile(latencies, 95):F0} ms; process CPU {cpu / Math.Max(1, submitted):F1} ms per submission (server and clients); {jitted:N0} methods compiled meanwhile");

        if (sql)
        {
            await PrintCommandsPerSubmissionAsync(address, clients, recorder);
        }

        // 2. Status checks (number + NIK), one antiforgery token per client, reused; warmed up the same way.
        var known = await SampleNumbersAsync(app.Services);
        var warmChecks = await WarmUpAsync(warmup.Min, warmup.Max, async d => (await CheckStatusForAsync(address, clients, d, known)).Checks);
        var (checks, checkLatencies, checkSeconds) = await CheckStatusForAsync(address, clients, TimeSpan.FromSeconds(seconds), known);
        Console.WriteLine($"status checks: {checks / checkSeconds:F0}/s, p50 {Percentile(checkLatencies, 50):F0} ms, p95 {Percentile(checkLatencies, 95):F0} ms (after {warmChecks.Seconds:F0} s of warm-up)");

        // 3. Queue pages at scale.
        var existing = await CountAsync(app.Services);
        if (tickets > existing)
        {
            clock.Restart();
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var generator = scope.ServiceProvider.GetRequiredService<HelpdeskSampleGenerator>();
                var db = scope.ServiceProvider.GetRequiredService<DbContext>();
                db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
                await generator.GenerateAsync((int)(tickets - existing), DateTime.UtcNow, seed: 7, batchSize: 5000);
            }

            Console.WriteLine($"generated {tickets - existing:N0} tickets in {clock.Elapsed.TotalSeconds:F0} s ({(tickets - existing) / clock.Elapsed.TotalSeconds:N0}/s)");
            if (provider == DatabaseProvider.Postgres)
            {
                await using var scope = app.Services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DbContext>().Database.ExecuteSqlRawAsync("ANALYZE");
            }
            else
            {
                await using var scope = app.Services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DbContext>().Database.ExecuteSqlRawAsync("ANALYZE");
            }
        }

        using var admin = NewClient(address);
        var login = Hidden(await admin.GetStringAsync("/akun/masuk"), "__RequestVerificationToken");
        var signedIn = await admin.PostAsync("/akun/masuk", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = login, ["UserName"] = "admin", ["Password"] = AdminPassword }));
        if (signedIn.StatusCode != HttpStatusCode.Redirect)
        {
            Console.WriteLine("sign-in failed");
            return 1;
        }

        var firstId = await FirstIdAsync(app.Services, TicketStatus.Ditutup);
        var pages = new (string Name, string Url)[]
        {
            ("queue: Baru, all teams (default)", "/admin/helpdesk"),
            ("queue: team tim-akun, Diproses", "/admin/helpdesk?tim=tim-akun&status=diproses"),
            ("queue: Ditutup, newest first", "/admin/helpdesk?status=ditutup&urut=baru"),
            ("queue: Ditutup, deep keyset page", $"/admin/helpdesk?status=ditutup&setelah={firstId + ((tickets / 2) & ~1L)}"),
            ("queue: overdue, all statuses", "/admin/helpdesk?status=semua&lewat=1"),
            ("queue: category + status", "/admin/helpdesk?kategori=lupa-password&status=diterima"),
            ("queue: mine", "/admin/helpdesk?milik=saya"),
            ("search: ticket number", "/admin/helpdesk?status=semua&q=HD-" + DateTime.UtcNow.Year + "-000777"),
            ("ticket page", "/admin/helpdesk/tiket/HD-" + DateTime.UtcNow.Year + "-000777"),
        };
        Console.WriteLine();
        Console.WriteLine($"| {provider}, {await CountAsync(app.Services):N0} tickets | n | p50 ms | p95 ms | max ms |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var (name, url) in pages)
        {
            var times = new List<double>();
            for (var i = 0; i < reps + 5; i++)
            {
                var one = Stopwatch.StartNew();
                var response = await admin.GetAsync(url);
                await response.Content.ReadAsByteArrayAsync();
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    Console.WriteLine($"{name}: HTTP {(int)response.StatusCode}");
                    break;
                }

                if (i >= 5)
                {
                    times.Add(one.Elapsed.TotalMilliseconds);
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {times.Count} | {Percentile(times, 50):F1} | {Percentile(times, 95):F1} | {(times.Count == 0 ? 0 : times.Max()):F1} |"));
        }

        Console.WriteLine($"load average {LoadAverage()}");
        await app.StopAsync();
        return 0;
    }

    /// <summary>
    /// Submits for a few more seconds with every SQL command recorded and prints the statements per submission (round
    /// trips, by kind), so a change to the write path shows what it saves without a profiler.
    /// </summary>
    private static async Task PrintCommandsPerSubmissionAsync(Uri address, int clients, CommandRecorder recorder)
    {
        recorder.Start();
        var (submitted, _, _, _) = await SubmitForAsync(address, clients, TimeSpan.FromSeconds(3), seed: 2000);
        var commands = recorder.Stop();
        Console.WriteLine($"SQL during {submitted:N0} more submissions: {commands.Count / (double)Math.Max(1, submitted):F2} commands (commits included) per submission");
        foreach (var group in commands.GroupBy(c => Shorten(c.Sql)).OrderByDescending(g => g.Count()).Take(25))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {group.Count() / (double)Math.Max(1, submitted),6:F2}  {group.Average(c => c.Milliseconds),6:F2} ms  {group.Key}"));
        }

        static string Shorten(string sql)
        {
            var oneLine = WhiteSpace().Replace(sql, " ").Trim();
            return oneLine.Length > 110 ? oneLine[..110] : oneLine;
        }
    }

    /// <summary>
    /// Runs <paramref name="load"/> in 5-second rounds, unmeasured, for at least <paramref name="minSeconds"/> and until
    /// two rounds in a row compile fewer than 100 methods each (the JIT has settled; it tiers up in bursts), at most
    /// <paramref name="maxSeconds"/>.
    /// </summary>
    private static async Task<(long Runs, double Seconds, long Methods)> WarmUpAsync(int minSeconds, int maxSeconds, Func<TimeSpan, Task<long>> load)
    {
        var clock = Stopwatch.StartNew();
        var runs = 0L;
        var methods = 0L;
        var quiet = 0;
        while (clock.Elapsed.TotalSeconds < maxSeconds)
        {
            var before = JitInfo.GetCompiledMethodCount();
            runs += await load(TimeSpan.FromSeconds(5));
            methods = JitInfo.GetCompiledMethodCount() - before;
            quiet = methods < 100 ? quiet + 1 : 0;
            if (clock.Elapsed.TotalSeconds >= minSeconds && quiet >= 2)
            {
                break;
            }
        }

        return (runs, clock.Elapsed.TotalSeconds, methods);
    }

    private static async Task<(long Checks, ConcurrentBag<double> Latencies, double Seconds)> CheckStatusForAsync(Uri address, int clients, TimeSpan duration, IReadOnlyList<string> known)
    {
        var checks = 0L;
        var latencies = new ConcurrentBag<double>();
        using var stop = new CancellationTokenSource(duration);
        var started = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(i => Task.Run(async () =>
        {
            using var client = NewClient(address);
            var token = Hidden(await client.GetStringAsync("/helpdesk/status"), "__RequestVerificationToken");
            var n = i;
            while (!stop.IsCancellationRequested)
            {
                var one = Stopwatch.StartNew();
                var response = await client.PostAsync("/helpdesk/status", new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["__RequestVerificationToken"] = token,
                    ["nomor"] = known[n++ % known.Count],
                    ["nik"] = "3201011203990001",
                }));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref checks);
                    latencies.Add(one.Elapsed.TotalMilliseconds);
                }
            }
        })));
        return (checks, latencies, started.Elapsed.TotalSeconds);
    }

    private static async Task<(long Submitted, long Failed, ConcurrentBag<double> Latencies, double Seconds)> SubmitForAsync(Uri address, int clients, TimeSpan duration, int seed)
    {
        var submitted = 0L;
        var failed = 0L;
        var latencies = new ConcurrentBag<double>();
        using var stop = new CancellationTokenSource(duration);
        var started = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(i => Task.Run(async () =>
        {
            using var client = NewClient(address);
            var random = new Random(seed + i);
            while (!stop.IsCancellationRequested)
            {
                var one = Stopwatch.StartNew();
                try
                {
                    if (await SubmitOnceAsync(client, random))
                    {
                        Interlocked.Increment(ref submitted);
                        latencies.Add(one.Elapsed.TotalMilliseconds);
                    }
                    else
                    {
                        Interlocked.Increment(ref failed);
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref failed);
                }
            }
        })));
        return (submitted, failed, latencies, started.Elapsed.TotalSeconds);
    }

    private static async Task<bool> SubmitOnceAsync(HttpClient client, Random random)
    {
        var html = await client.GetStringAsync("/helpdesk/formulir/kontak-petugas");
        var question = CaptchaRegex().Match(html);
        var a = Array.IndexOf(Words, question.Groups[1].Value);
        var b = Array.IndexOf(Words, question.Groups[3].Value);
        var nik = HelpdeskSampleGenerator.Nik(random, out _);
        var response = await client.PostAsync("/helpdesk/formulir/kontak-petugas", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Hidden(html, "__RequestVerificationToken"),
            ["SubmissionKey"] = Hidden(html, "SubmissionKey"),
            ["CaptchaToken"] = Hidden(html, "CaptchaToken"),
            ["CaptchaAnswer"] = (question.Groups[2].Value == "ditambah" ? a + b : a - b).ToString(CultureInfo.InvariantCulture),
            ["Nik"] = nik,
            ["Nama"] = "Pelamar Uji",
            ["JenisPermasalahan"] = "Login",
            ["Instansi"] = "Badan Kepegawaian Negara",
            ["Pertanyaan"] = "Saya tidak dapat login ke SSCN setelah registrasi.",
        }));
        return response.StatusCode == HttpStatusCode.Redirect;
    }

    private static HttpClient NewClient(Uri address) =>
        new(new SocketsHttpHandler { UseCookies = true, CookieContainer = new CookieContainer(), AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(10) }) { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };

    private static async Task<long> CountAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DbContext>().Set<HelpdeskTicket>().LongCountAsync();
    }

    private static async Task<long> FirstIdAsync(IServiceProvider services, TicketStatus status)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DbContext>().Set<HelpdeskTicket>().Where(t => t.Status == status).OrderBy(t => t.Id).Select(t => t.Id).FirstOrDefaultAsync();
    }

    private static async Task<List<string>> SampleNumbersAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DbContext>().Set<HelpdeskTicket>().OrderBy(t => t.Id).Take(1000).Select(t => t.Number).ToListAsync();
    }

    [GeneratedRegex("Berapa ([a-z ]+?) (ditambah|dikurangi) ([a-z ]+?)\\?")]
    private static partial Regex CaptchaRegex();

    [GeneratedRegex("\\s+")]
    private static partial Regex WhiteSpace();
}
