using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Bkn.Cms.Data;
using Bkn.Cms.Hosting;
using Bkn.Cms.Sop.Models;
using Bkn.Cms.Sop.Services;
using Bkn.Cms.Units;
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
/// The SOP registry: (1) the flowchart renderer on a 60-activity, 8-executor SOP (in process, no site); (2) the admin
/// register list at N SOPs (generated in bulk) with the unit, status and text filters, over HTTP against the real site
/// on Kestrel (loopback). Each prints p50/p95/p99 and throughput from its own Stopwatch loop.
/// </summary>
internal static class SopBenchmark
{
    private const string AdminPassword = "Bench-Admin-2026";

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("sqlite" or "postgres"))
        {
            await Console.Error.WriteLineAsync("usage: sop sqlite|postgres [--sops N] [--reps N] [--renders N]");
            return 2;
        }

        var provider = args[0] == "sqlite" ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres;
        var sops = Option(args, "--sops", 20_000);
        var reps = Option(args, "--reps", 100);
        var renders = Option(args, "--renders", 500);
        Console.WriteLine($"sop on {provider}: {sops:N0} SOPs, {reps} requests per page, {renders} renders, .NET {Environment.Version}, {Environment.ProcessorCount} cores, load average {LoadAverage()}");

        // 1. Renderer.
        var flowchart = Long(60, 8);
        for (var i = 0; i < 20; i++)
        {
            SopFlowchartRenderer.Render(flowchart, "Pemanasan");
        }

        var times = new List<double>();
        var total = Stopwatch.StartNew();
        for (var i = 0; i < renders; i++)
        {
            var one = Stopwatch.StartNew();
            var pages = SopFlowchartRenderer.Render(flowchart, "SOP 60 kegiatan");
            one.Stop();
            if (pages.Count == 0)
            {
                return 1;
            }

            times.Add(one.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"render 60 activities / 8 executors to SVG: p50 {Percentile(times, 50):F2} ms, p95 {Percentile(times, 95):F2} ms, p99 {Percentile(times, 99):F2} ms, {renders / total.Elapsed.TotalSeconds:F0}/s");

        // 2. Register list at scale.
        var database = await BenchDatabase.CreateAsync(provider);
        try
        {
            return await RegisterAsync(provider, database, sops, reps);
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    private static async Task<int> RegisterAsync(DatabaseProvider provider, BenchDatabase database, int sops, int reps)
    {
        Environment.SetEnvironmentVariable("BKN_ADMIN_PASSWORD", AdminPassword);
        if (await StartSiteAsync(provider, database) is not { } site)
        {
            return 1;
        }

        await using var app = site.App;
        var address = site.Address;
        var clock = Stopwatch.StartNew();

        clock.Restart();
        string unitCode;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DbContext>();
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var tree = await scope.ServiceProvider.GetRequiredService<IUnitTree>().GetAsync(default);
            var units = tree.DepthFirst().Where(u => u.Depth > 0).ToList();
            unitCode = units.First(u => u.Code == "DIT-PENGADAAN").Code;
            var existing = await db.Set<SopDocument>().CountAsync();
            var random = new Random(11);
            string[] verbs = ["Penerimaan", "Verifikasi", "Penetapan", "Pengarsipan", "Penyusunan", "Pelaporan", "Pemantauan", "Pengelolaan"];
            string[] objects = ["Usul Kenaikan Pangkat", "Berkas Pensiun", "Data Kepegawaian", "Naskah Dinas", "Laporan Kinerja", "Surat Masuk", "Pertimbangan Teknis", "Mutasi Pegawai"];
            var statuses = Enum.GetValues<SopStatus>().Where(s => s != SopStatus.Diganti).ToArray();
            var now = DateTime.UtcNow;
            for (var i = existing; i < sops; i++)
            {
                var id = Guid.NewGuid();
                var unit = units[random.Next(units.Count)];
                var sop = new SopDocument
                {
                    Id = id, SeriesId = id, UnitId = unit.Id, Nomor = $"BENCH/{unit.Code}/{i:D6}",
                    Nama = $"{verbs[random.Next(verbs.Length)]} {objects[random.Next(objects.Length)]} {i}",
                    Status = statuses[random.Next(statuses.Length)], CreatedUtc = now, UpdatedUtc = now, Stamp = 1,
                    TanggalPembuatan = new DateOnly(2017, 1, 1).AddDays(random.Next(3000)),
                };
                sop.SearchText = $"{sop.Nomor} {sop.Nama} memeriksa berkas menyusun konsep menandatangani naskah".ToLowerInvariant();
                sop.ActivityCount = 6;
                db.Add(sop);
                if ((i + 1) % 2000 == 0)
                {
                    await db.SaveChangesAsync();
                    db.ChangeTracker.Clear();
                }
            }

            await db.SaveChangesAsync();
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
            Console.WriteLine($"register: {await db.Set<SopDocument>().CountAsync():N0} SOPs ({clock.Elapsed.TotalSeconds:F0} s to generate)");
        }

        using var admin = new HttpClient(new SocketsHttpHandler { UseCookies = true, CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };
        var login = Hidden(await admin.GetStringAsync("/akun/masuk"), "__RequestVerificationToken");
        var signedIn = await admin.PostAsync("/akun/masuk", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = login, ["UserName"] = "admin", ["Password"] = AdminPassword }));
        if (signedIn.StatusCode != HttpStatusCode.Redirect)
        {
            Console.WriteLine("sign-in failed");
            return 1;
        }

        var pages = new (string Name, string Url)[]
        {
            ("register, no filter", "/admin/sop"),
            ("unit", "/admin/sop?unit=" + unitCode),
            ("status Berlaku", "/admin/sop?status=berlaku"),
            ("text \"pensiun\"", "/admin/sop?q=pensiun"),
            ("unit + status + text", $"/admin/sop?unit={unitCode}&status=berlaku&q=kenaikan"),
            ("text, page 20", "/admin/sop?q=berkas&page=20"),
        };
        Console.WriteLine();
        Console.WriteLine($"| {provider}, {sops:N0} SOPs | n | p50 ms | p95 ms | p99 ms | req/s |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var (name, url) in pages)
        {
            var times = new List<double>();
            var total = Stopwatch.StartNew();
            for (var i = 0; i < reps + 5; i++)
            {
                var one = Stopwatch.StartNew();
                var response = await admin.GetAsync(url);
                await response.Content.ReadAsByteArrayAsync();
                one.Stop();
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    Console.WriteLine($"{url}: {(int)response.StatusCode}");
                    return 1;
                }

                if (i == 4)
                {
                    total.Restart();
                }
                else if (i > 4)
                {
                    times.Add(one.Elapsed.TotalMilliseconds);
                }
            }

            Console.WriteLine($"| {name} | {times.Count} | {Percentile(times, 50):F1} | {Percentile(times, 95):F1} | {Percentile(times, 99):F1} | {times.Count / total.Elapsed.TotalSeconds:F0} |");
        }

        await app.StopAsync();
        return 0;
    }

    /// <summary>A long SOP: start, <paramref name="activities"/> rows (every sixth a decision looping back), end.</summary>
    private static Flowchart Long(int activities, int lanes)
    {
        var random = new Random(7);
        var flowchart = new Flowchart();
        flowchart.Steps.Add(new FlowStep { Id = "s0", Kind = StepKind.Mulai, Kegiatan = "Menerima usul", Pelaksana = "Pelaksana 0" });
        for (var i = 1; i <= activities; i++)
        {
            var decision = i % 6 == 0;
            flowchart.Steps.Add(new FlowStep
            {
                Id = "s" + i,
                Kind = decision ? StepKind.Keputusan : StepKind.Kegiatan,
                Kegiatan = decision ? "Apakah berkas lengkap dan memenuhi syarat?" : "Memeriksa berkas usul dan menyusun catatan hasil pemeriksaan",
                Pelaksana = "Pelaksana " + (i <= lanes ? i - 1 : random.Next(lanes)),
                Persyaratan = "Surat pengantar, SK terakhir",
                Waktu = "1 hari",
                Output = "Hasil",
                Yes = decision ? (i == activities ? "end" : "s" + (i + 1)) : null,
                No = decision ? "s" + Math.Max(1, i - 1 - random.Next(Math.Min(i - 1, 25))) : null,
            });
        }

        flowchart.Steps.Add(new FlowStep { Id = "end", Kind = StepKind.Selesai, Kegiatan = "Mengarsipkan", Pelaksana = "Pelaksana 1" });
        return flowchart;
    }
}
