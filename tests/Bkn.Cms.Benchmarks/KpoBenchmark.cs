using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Bkn.Cms.Agencies;
using Bkn.Cms.Agencies.Models;
using Bkn.Cms.Agencies.Services;
using Bkn.Cms.Data;
using Bkn.Cms.Hosting;
using Bkn.Cms.Kepegawaian.Models;
using Bkn.Cms.Kepegawaian.Rules;
using Bkn.Cms.Kepegawaian.Services;
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
/// KPO/PPO at scale, with the real site on Kestrel (loopback) and an HTTP client in the same process:
/// (1) N synthetic civil servants (default 100,000) with two SKP years each in one agency, then the eligibility rules
/// and the nominative list of that agency for one period, timed end to end (read, rules, write);
/// (2) M dossiers (default 500,000) spread over agencies, periods and statuses, then the verifier queue page with the
/// filters agency, period, status and overdue as p50/p95/p99 over repetitions.
/// With <c>--import</c> instead: the personnel import of an R-row Excel workbook (default 100,000) over HTTP as an
/// agency operator, once with about 1% broken rows (refused, row-level report downloaded, nothing stored) and once
/// valid (every row stored), each timed end to end (upload, read, checks, save) — see KpoImportBenchmark.cs.
/// </summary>
internal static partial class KpoBenchmark
{
    private const string AdminPassword = "Bench-Admin-2026";

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("sqlite" or "postgres"))
        {
            await Console.Error.WriteLineAsync("usage: kpo sqlite|postgres [--people N] [--dossiers N] [--reps N] [--keep] | kpo sqlite|postgres --import [--rows N] [--compare]");
            return 2;
        }

        var provider = args[0] == "sqlite" ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres;
        var people = Option(args, "--people", 100_000);
        var dossiers = Option(args, "--dossiers", 500_000);
        var reps = Option(args, "--reps", 50);
        var database = await BenchDatabase.CreateAsync(provider);
        try
        {
            return args.Contains("--import")
                ? await RunImportAsync(provider, database, Option(args, "--rows", 100_000), args.Contains("--compare"))
                : await RunOnDatabaseAsync(provider, database, people, dossiers, reps);
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

    private static async Task<int> RunOnDatabaseAsync(DatabaseProvider provider, BenchDatabase database, int people, int dossiers, int reps)
    {
        Console.WriteLine($"kpo on {provider}: {people:N0} civil servants, {dossiers:N0} dossiers, .NET {Environment.Version}, {Environment.ProcessorCount} cores, load average {LoadAverage()}");
        var site = await StartSiteAsync(provider, database);
        if (site is null)
        {
            return 1;
        }

        await using var app = site.Value.App;
        var address = site.Value.Address;
        var clock = Stopwatch.StartNew();

        // 1. Eligibility and the nominative list of one agency with N civil servants (an agency without sample personnel).
        var calendar = app.Services.GetRequiredService<PeriodCalendar>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var period = calendar.Next(today);
        Guid agencyId;
        clock.Restart();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DbContext>();
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
            var agency = await db.Set<AgencyRecord>().FirstAsync(a => a.Code == "PUSAT-KEMENKEU");
            agencyId = agency.Id;
            await scope.ServiceProvider.GetRequiredService<PersonnelSampleGenerator>().GenerateAsync(agency, PersonnelDataset.Production, people, seed: 11, today, default);
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            // In NIP order, so both providers hand out the same SKP scores to the same people.
            var nips = await db.Set<PersonnelRow>().AsNoTracking().Where(r => r.AgencyId == agencyId).OrderBy(r => r.Nip).Select(r => r.Nip).ToListAsync();
            var n = 0;
            foreach (var nip in nips)
            {
                db.Add(new KpoSkp { Nip = nip, Year = period.Year - 2, Score = 70 + (n % 30) });
                db.Add(new KpoSkp { Nip = nip, Year = period.Year - 1, Score = 72 + (n % 28) });
                if (++n % 10_000 == 0)
                {
                    await db.SaveChangesAsync();
                    db.ChangeTracker.Clear();
                }
            }

            await db.SaveChangesAsync();
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
        }

        Console.WriteLine($"seeded {people:N0} civil servants with 2 SKP years each in {clock.Elapsed.TotalSeconds:F0} s");
        var runs = new List<double>();
        KpoDaftar? daftar = null;
        for (var i = 0; i < 3; i++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<DbContext>().Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
            var one = Stopwatch.StartNew();
            daftar = await scope.ServiceProvider.GetRequiredService<NominativeGenerator>().GenerateAsync(agencyId, period, default);
            runs.Add(one.Elapsed.TotalSeconds);
        }

        Console.WriteLine($"eligibility + nominative list, {people:N0} civil servants, period {period:yyyy-MM-dd}: runs {string.Join(" / ", runs.Select(r => r.ToString("F1", CultureInfo.InvariantCulture)))} s; {daftar!.KpOtomatis + daftar.KpReguler:N0} KP candidates ({daftar.KpOtomatis:N0} otomatis), {daftar.Pensiun:N0} pension candidates, {daftar.TidakMemenuhi:N0} not eligible");

        // 2. The verifier queue at M dossiers.
        clock.Restart();
        var agencies = (await app.Services.GetRequiredService<IAgencyDirectory>().GetAsync()).All.Take(40).Select(a => a.Id).ToArray();
        var periods = calendar.Between(today.AddYears(-2), today.AddMonths(6)).ToArray();
        var statuses = Enum.GetValues<UsulanStatus>();
        var now = DateTime.UtcNow;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DbContext>();
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = 0; i < dossiers; i++)
            {
                var status = statuses[i % statuses.Length];
                var jenis = (JenisUsulan)(i % 4);
                db.Add(new KpoUsulan
                {
                    Nomor = $"B-{i:D8}",
                    AgencyId = agencies[(i / 7) % agencies.Length],
                    Period = periods[(i / 3) % periods.Length],
                    Jenis = jenis,
                    Nip = (199001012015011000L + i).ToString(CultureInfo.InvariantCulture),
                    Nama = "Pegawai " + i.ToString(CultureInfo.InvariantCulture),
                    Golongan = "III/a",
                    GolonganBaru = "III/b",
                    Status = status,
                    CreatedUtc = now.AddDays(-(i % 200)),
                    SubmittedUtc = status == UsulanStatus.Draf ? null : now.AddDays(-(i % 150)),
                    DueUtc = UsulanStateMachine.IsFinal(status) ? null : now.AddDays((i % 40) - 20),
                });
                if ((i + 1) % 10_000 == 0)
                {
                    await db.SaveChangesAsync();
                    db.ChangeTracker.Clear();
                }
            }

            await db.SaveChangesAsync();
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
        }

        Console.WriteLine($"generated {dossiers:N0} dossiers in {clock.Elapsed.TotalSeconds:F0} s");
        using var admin = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = address };
        var login = Hidden(await admin.GetStringAsync("/akun/masuk"), "__RequestVerificationToken");
        var signedIn = await admin.PostAsync("/akun/masuk", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = login, ["UserName"] = "admin", ["Password"] = AdminPassword }));
        if (signedIn.StatusCode != HttpStatusCode.Redirect)
        {
            Console.WriteLine("sign-in failed");
            return 1;
        }

        var a0 = agencies[3];
        var p0 = periods[periods.Length / 2].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var pages = new (string Name, string Url)[]
        {
            ("queue: all (default)", "/admin/kpo/usulan"),
            ("queue: status DIAJUKAN", "/admin/kpo/usulan?status=DIAJUKAN"),
            ("queue: overdue", "/admin/kpo/usulan?lewat=1"),
            ("queue: agency", $"/admin/kpo/usulan?instansi={a0}"),
            ("queue: agency + period", $"/admin/kpo/usulan?instansi={a0}&periode={p0}"),
            ("queue: agency + period + status + overdue", $"/admin/kpo/usulan?instansi={a0}&periode={p0}&status=DIAJUKAN&lewat=1"),
            ("queue: period + status BTL", $"/admin/kpo/usulan?periode={p0}&status=BTL"),
        };
        Console.WriteLine();
        Console.WriteLine($"| {provider}, {dossiers:N0} dossiers | n | p50 ms | p95 ms | p99 ms |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var (name, url) in pages)
        {
            var times = new List<double>();
            for (var i = 0; i < reps + 3; i++)
            {
                var one = Stopwatch.StartNew();
                var response = await admin.GetAsync(url);
                await response.Content.ReadAsByteArrayAsync();
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    Console.WriteLine($"{url}: {(int)response.StatusCode}");
                    return 1;
                }

                if (i >= 3)
                {
                    times.Add(one.Elapsed.TotalMilliseconds);
                }
            }

            Console.WriteLine($"| {name} | {times.Count} | {Percentile(times, 50):F0} | {Percentile(times, 95):F0} | {Percentile(times, 99):F0} |");
        }

        await app.StopAsync();
        return 0;
    }
}
