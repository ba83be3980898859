using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Bkn.Cms.Agencies;
using Bkn.Cms.Agencies.Models;
using Bkn.Cms.Data;
using Bkn.Cms.Hosting;
using Bkn.Cms.Sapk.Models;
using Bkn.Cms.Sapk.Services;
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
/// SAPK at the size of the issue, with the real site on Kestrel (loopback) and an HTTP client in the same process:
/// the registry is filled up to N agencies; one CSV file of N agencies × P monthly periods × the 10 configured modules
/// is uploaded (read, checked row by row, kept as a waiting batch) and confirmed (checked again, every period replaced
/// in one transaction); both are timed end to end over HTTP. Then the dashboard pages on that data, p50/p95/p99 (the
/// heat map shows 50 agencies per page; the public page is read by the signed-in client, so it bypasses the output cache
/// and shows what the kept public summary costs).
/// </summary>
internal static partial class SapkBenchmark
{
    private const string AdminPassword = "Bench-Admin-2026";

    private static readonly string[] Provinces =
    [
        "Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Jambi", "Sumatera Selatan", "Bengkulu", "Lampung", "Jawa Barat", "Jawa Tengah",
        "DI Yogyakarta", "Jawa Timur", "Banten", "Bali", "Nusa Tenggara Barat", "Kalimantan Barat", "Kalimantan Timur", "Sulawesi Selatan", "Maluku", "Papua",
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("sqlite" or "postgres"))
        {
            await Console.Error.WriteLineAsync("usage: sapk sqlite|postgres [--agencies N] [--periods N] [--imports N] [--reps N] [--keep]");
            return 2;
        }

        var provider = args[0] == "sqlite" ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres;
        var agencies = Option(args, "--agencies", 600);
        var periods = Option(args, "--periods", 36);
        var imports = Option(args, "--imports", 3);
        var reps = Option(args, "--reps", 200);
        var database = await BenchDatabase.CreateAsync(provider);
        try
        {
            return await RunOnDatabaseAsync(provider, database, agencies, periods, imports, reps);
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

    private static async Task<int> RunOnDatabaseAsync(DatabaseProvider provider, BenchDatabase database, int agencyCount, int periodCount, int imports, int reps)
    {
        Console.WriteLine($"sapk on {provider}: {agencyCount:N0} agencies × {periodCount} periods × {SapkOptions.DefaultModules.Count} modules, .NET {Environment.Version}, {Environment.ProcessorCount} cores, load average {LoadAverage()}");
        Environment.SetEnvironmentVariable("BKN_ADMIN_PASSWORD", AdminPassword);
        if (await StartSiteAsync(provider, database) is not { } site)
        {
            return 1;
        }

        await using var app = site.App;
        var address = site.Address;

        var codes = await FillRegistryAsync(app.Services, agencyCount);
        var last = SapkPeriodKey.Previous(SapkPeriodKey.Of(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7))));
        var periodKeys = new List<int> { last };
        while (periodKeys.Count < periodCount)
        {
            periodKeys.Insert(0, SapkPeriodKey.Previous(periodKeys[0]));
        }

        var file = Csv(codes, periodKeys);
        Console.WriteLine($"file: {codes.Count:N0} agencies × {periodKeys.Count} periods = {codes.Count * periodKeys.Count:N0} rows, {codes.Count * periodKeys.Count * SapkOptions.DefaultModules.Count:N0} module figures, {file.Length / 1024.0 / 1024.0:F1} MB CSV");

        using var admin = NewClient(address);
        var login = Hidden(await admin.GetStringAsync("/akun/masuk"));
        var signedIn = await admin.PostAsync("/akun/masuk", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = login, ["UserName"] = "admin", ["Password"] = AdminPassword }));
        if (signedIn.StatusCode != HttpStatusCode.Redirect)
        {
            Console.WriteLine("sign-in failed");
            return 1;
        }

        // Import: the first run also compiles the path; every run replaces the same periods with the same rows.
        Console.WriteLine();
        Console.WriteLine($"| {provider} import run | upload + check (s) | confirm: re-check + replace (s) | total (s) |");
        Console.WriteLine("|---|---|---|---|");
        for (var run = 1; run <= imports; run++)
        {
            var token = Hidden(await admin.GetStringAsync("/admin/sapk/data"));
            using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
            var content = new ByteArrayContent(file);
            content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            form.Add(content, "berkas", "sapk-bench.csv");
            var upload = Stopwatch.StartNew();
            var uploaded = await admin.PostAsync("/admin/sapk/data/unggah", form);
            var preview = await uploaded.Content.ReadAsStringAsync();
            var uploadSeconds = upload.Elapsed.TotalSeconds;
            var batch = BatchRegex().Match(preview);
            if (uploaded.StatusCode != HttpStatusCode.OK || !batch.Success)
            {
                Console.WriteLine($"upload refused: HTTP {(int)uploaded.StatusCode}");
                return 1;
            }

            var confirmToken = Hidden(preview);
            var confirm = Stopwatch.StartNew();
            var confirmed = await admin.PostAsync($"/admin/sapk/data/batch/{batch.Groups[1].Value}/konfirmasi", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = confirmToken }));
            var confirmSeconds = confirm.Elapsed.TotalSeconds;
            if (confirmed.StatusCode != HttpStatusCode.Redirect)
            {
                Console.WriteLine($"confirm failed: HTTP {(int)confirmed.StatusCode}");
                return 1;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {run} | {uploadSeconds:F2} | {confirmSeconds:F2} | {uploadSeconds + confirmSeconds:F2} |"));
        }

        // The confirm step split in its two parts, called in-process: the row-by-row check and the replace.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var check = Stopwatch.StartNew();
            var checkedFile = await scope.ServiceProvider.GetRequiredService<SapkImportService>().CheckAsync("sapk-bench.csv", file, CancellationToken.None);
            var checkSeconds = check.Elapsed.TotalSeconds;
            var replace = Stopwatch.StartNew();
            await scope.ServiceProvider.GetRequiredService<SapkFigureStore>().ReplaceAsync(checkedFile.Records, SapkSource.Upload, confirm: true, "bench", null, CancellationToken.None);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"in-process: check {checkSeconds:F2} s ({checkedFile.Records.Count:N0} rows valid: {checkedFile.IsValid}), replace {replace.Elapsed.TotalSeconds:F2} s"));
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DbContext>();
            var figures = await db.Set<SapkFigure>().CountAsync(f => periodKeys.Contains(f.Period));
            var moduleFigures = await db.Set<SapkModuleFigure>().CountAsync(f => periodKeys.Contains(f.Period));
            Console.WriteLine($"stored afterwards: {figures:N0} agency figures, {moduleFigures:N0} module figures ({(figures == codes.Count * periodKeys.Count ? "as many as rows, nothing doubled" : "MISMATCH")})");
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
        }

        var region = Provinces[3];
        var pages = new (string Name, string Url)[]
        {
            ("dashboard: latest period, all agencies", "/admin/sapk"),
            ("dashboard: all agencies, heat map page 7", "/admin/sapk?halaman=7"),
            ("dashboard: earliest period", "/admin/sapk?periode=" + SapkPeriodKey.Format(periodKeys[0])),
            ("dashboard: group Provinsi", "/admin/sapk?kelompok=Provinsi"),
            ("dashboard: one region", "/admin/sapk?wilayah=" + Uri.EscapeDataString(region)),
            ("Excel export, every table", "/admin/sapk/ekspor"),
            ("public page", "/informasi-publik/sapk"),
        };
        Console.WriteLine();
        Console.WriteLine($"| {provider}, {codes.Count * periodKeys.Count:N0} figures | n | p50 ms | p95 ms | p99 ms | bytes |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var (name, url) in pages)
        {
            var times = new List<double>();
            long bytes = 0;
            for (var i = 0; i < reps + 10; i++)
            {
                var one = Stopwatch.StartNew();
                var response = await admin.GetAsync(url);
                bytes = (await response.Content.ReadAsByteArrayAsync()).LongLength;
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    Console.WriteLine($"{name}: HTTP {(int)response.StatusCode}");
                    break;
                }

                if (i >= 10)
                {
                    times.Add(one.Elapsed.TotalMilliseconds);
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {times.Count} | {Percentile(times, 50):F1} | {Percentile(times, 95):F1} | {Percentile(times, 99):F1} | {bytes:N0} |"));
        }

        Console.WriteLine($"load average {LoadAverage()}");
        await app.StopAsync();
        return 0;
    }

    /// <summary>Adds generated agencies until the registry holds <paramref name="count"/>; returns the first <paramref name="count"/> codes.</summary>
    private static async Task<List<string>> FillRegistryAsync(IServiceProvider services, int count)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var existing = await db.Set<AgencyRecord>().OrderBy(a => a.Code).Select(a => a.Code).ToListAsync();
        for (var i = existing.Count; i < count; i++)
        {
            var kind = (i % 10) switch { 0 => AgencyKind.Pusat, 1 => AgencyKind.Provinsi, 2 or 3 => AgencyKind.Kota, _ => AgencyKind.Kabupaten };
            var code = $"BENCH-{i:D4}";
            db.Add(new AgencyRecord
            {
                Id = Guid.NewGuid(),
                Code = code,
                Name = $"Instansi Uji {i:D4}",
                ShortName = code,
                Kind = kind,
                Region = kind == AgencyKind.Pusat ? "Nasional" : Provinces[i % Provinces.Length],
                RegionalOffice = kind == AgencyKind.Pusat ? "BKN Pusat" : "Kanreg Uji",
            });
            existing.Add(code);
        }

        await db.SaveChangesAsync();
        await scope.ServiceProvider.GetRequiredService<IAgencyDirectory>().ReloadThroughAsync(db);
        return [.. existing.Take(count)];
    }

    private static byte[] Csv(IReadOnlyList<string> codes, IReadOnlyList<int> periods)
    {
        var modules = SapkOptions.DefaultModules;
        var sb = new StringBuilder(string.Join(',', SapkFile.HeaderFor(modules))).Append("\r\n");
        var random = new Random(18);
        foreach (var period in periods)
        {
            var day = new DateOnly(SapkPeriodKey.Year(period), SapkPeriodKey.Month(period), 1).AddMonths(1).AddDays(-1);
            foreach (var code in codes)
            {
                var active = random.Next(0, 200);
                var inactive = random.Next(0, 20);
                sb.Append(SapkPeriodKey.Format(period)).Append(',').Append(code).Append(',').Append(active).Append(',').Append(inactive).Append(',')
                    .Append(active == 0 ? "" : day.AddDays(-random.Next(0, 20)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                foreach (var _ in modules)
                {
                    sb.Append(',').Append(random.Next(0, active + inactive + 1)).Append(',').Append(random.Next(0, 5000));
                }

                sb.Append("\r\n");
            }
        }

        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private static HttpClient NewClient(Uri address) =>
        new(new SocketsHttpHandler { UseCookies = true, CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = address, Timeout = TimeSpan.FromMinutes(5) };

    private static string Hidden(string html) =>
        WebUtility.HtmlDecode(TokenRegex().Match(html).Groups[1].Value);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenRegex();

    [GeneratedRegex("/admin/sapk/data/batch/([0-9a-f-]{36})/konfirmasi")]
    private static partial Regex BatchRegex();
}
