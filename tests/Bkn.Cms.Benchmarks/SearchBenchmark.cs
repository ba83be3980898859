using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Bkn.Cms.ContentManagement;
using Bkn.Cms.Data;
using Bkn.Cms.Hosting;
using Bkn.Cms.Search.Indexing;
using Bkn.Cms.Search.Models;
using Bkn.Cms.Search.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bkn.Cms.Benchmarks;

/// <summary>
/// Search at scale with the real engine in-process: seeds N published Indonesian documents (default 100,000) straight
/// into ContentItems, then times a full rebuild of the "publik" index from the database (documents/s), the catch-up
/// of a burst of changes through IndexingTasks, and public queries with highlighted snippets (p50/p95).
/// </summary>
internal static class SearchBenchmark
{
    private const string AdminPassword = "Bench-Admin-2026";

    private static readonly string[] Words =
    [
        "pengumuman", "seleksi", "calon", "pegawai", "kenaikan", "pangkat", "kepangkatan", "pensiun", "pemberhentian", "layanan",
        "rapat", "koordinasi", "kepegawaian", "formasi", "jabatan", "fungsional", "sosialisasi", "peraturan", "kepala", "badan",
        "kantor", "regional", "informasi", "jadwal", "hasil", "ujian", "kompetensi", "dasar", "bidang", "aparatur", "sipil",
        "negara", "evaluasi", "kinerja", "manajemen", "talenta", "digital", "arsip", "mutasi", "penilaian", "daerah",
        "instansi", "pusat", "pelantikan", "nasional", "integrasi", "sistem", "data", "survei", "kepuasan", "pelatihan",
        "teknis", "anggaran", "laporan", "tahunan", "reformasi", "birokrasi", "pengadaan", "usulan", "pemindahan", "penetapan",
        "pengangkatan", "persyaratan", "berkas", "verifikasi", "validasi", "tunjangan", "gaji", "cuti", "disiplin", "kode",
        "etik", "pembinaan", "pengembangan", "karier", "diklat", "sertifikasi", "akreditasi", "rekrutmen", "pemutakhiran",
    ];

    private static readonly string[] Queries =
    [
        "kenaikan pangkat", "pangkat", "pensiun", "seleksi calon pegawai", "pemberhentian", "kepangkatan", "formasi jabatan fungsional",
        "Perka 25 tahun 2013", "25/2013", "laporan tahunan", "tunjangan kinerja", "mutasi pegawai daerah", "sertifikasi", "cuti",
        "reformasi birokrasi", "\"kode etik\"", "disiplin pegawai", "verifikasi berkas", "ujian kompetensi dasar", "talenta digital",
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        var provider = args.Length > 0 && args[0] == "postgres" ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
        var items = Option(args, "--items", 100_000);
        var queries = Option(args, "--queries", 2_000);
        var database = await BenchDatabase.CreateAsync(provider);
        try
        {
            return await RunOnDatabaseAsync(provider, items, queries, database);
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    private static async Task<int> RunOnDatabaseAsync(DatabaseProvider provider, int items, int queries, BenchDatabase database)
    {
        Console.WriteLine($"search on {provider}: {items:N0} documents, {queries:N0} queries, .NET {Environment.Version}, {Environment.ProcessorCount} cores, load average {LoadAverage()}");
        Environment.SetEnvironmentVariable("BKN_ADMIN_PASSWORD", AdminPassword);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["App:DataPath"] = database.DataPath,
            ["App:BaseUrl"] = "http://localhost", // required outside Development
            ["Database:Provider"] = provider.ToString(),
            ["Database:ConnectionString"] = database.ConnectionString,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Critical",
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.AddBknCms();
        builder.Services.AddSingleton<Bkn.Cms.Search.IContentIndexContributor, RegulationNumberContributor>();

        // The app is not started: no background runner; the benchmark drives the index manager itself.
        await using var app = builder.Build();
        if (!await app.InitializeBknCmsAsync())
        {
            return 1;
        }

        var services = app.Services;
        var clock = Stopwatch.StartNew();
        await SeedAsync(services, items);
        Console.WriteLine($"seeded {items:N0} published documents in {clock.Elapsed.TotalSeconds:F1} s");

        // Rebuild: what a new node, a definition change or the "Bangun ulang" button does.
        var manager = services.GetRequiredService<SearchIndexManager>();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        await using (var scope = services.CreateAsyncScope())
        {
            await manager.SyncAsync(scope.ServiceProvider, CancellationToken.None);
        }

        var state = manager.Find("publik")!;
        await state.RebuildTask!;
        var progress = state.Rebuild!;
        var rebuildSeconds = (progress.FinishedUtc!.Value - progress.StartedUtc).TotalSeconds;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine($"rebuild: {progress.Done:N0} documents in {rebuildSeconds:F1} s = {progress.Done / rebuildSeconds:N0} documents/s wall; {cpuSeconds:F1} CPU-s = {progress.Done / cpuSeconds:N0} documents per CPU-second; index holds {state.Active!.DocumentCount():N0}; {DirectorySize(state.Active.Path) / 1024 / 1024:N0} MB on disk");

        // Where a rebuild's time goes (same machine, same moment): reading + JSON parsing, building documents, analysing.
        await BreakdownAsync(services, state);

        // Catch-up: 2,000 items changed (logged as IndexingTasks) are applied by the worker.
        var changed = await LogChangesAsync(services, 2_000);
        clock.Restart();
        await using (var scope = services.CreateAsyncScope())
        {
            await manager.CatchUpAsync(scope.ServiceProvider, CancellationToken.None);
        }

        Console.WriteLine($"catch-up: {changed:N0} changed items in {clock.Elapsed.TotalSeconds:F2} s = {changed / clock.Elapsed.TotalSeconds:N0} documents/s");

        var search = services.GetRequiredService<SearchService>();
        var timings = new List<double>(queries);
        var totalHits = 0L;
        for (var i = 0; i < 200; i++)
        {
            search.SearchPublic(new SearchRequest(Queries[i % Queries.Length]));
        }

        cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < queries; i++)
        {
            var query = Queries[i % Queries.Length];
            var request = (i % 5) switch
            {
                3 => new SearchRequest(query, Page: 3),
                4 => new SearchRequest(query, Type: "Berita", Year: 2024),
                _ => new SearchRequest(query),
            };
            var start = Stopwatch.GetTimestamp();
            var results = search.SearchPublic(request);
            timings.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            totalHits += results.Total;
        }

        var queryCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / queries;
        var queryWall = wall.Elapsed.TotalMilliseconds / queries;
        timings.Sort();
        Console.WriteLine($"queries: mean {queryWall:F2} ms wall, {queryCpu:F2} CPU-ms each (wall/CPU {queryWall / queryCpu:F1}: time spent waiting for a core on this shared machine)");
        Console.WriteLine($"queries (page of 10 with highlighted title and snippet; every 5th filtered by type and year, every 5th page 3): p50 {Percentile(timings, 50):F2} ms, p95 {Percentile(timings, 95):F2} ms, p99 {Percentile(timings, 99):F2} ms, max {timings[^1]:F1} ms; mean hits {totalHits / queries:N0}");
        var plain = new List<double>(queries);
        for (var i = 0; i < queries; i++)
        {
            var start = Stopwatch.GetTimestamp();
            SearchService.Search(state, new SearchRequest(Queries[i % Queries.Length]), highlight: false);
            plain.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        plain.Sort();
        Console.WriteLine($"same queries without highlighting (what the admin list asks): p50 {Percentile(plain, 50):F2} ms, p95 {Percentile(plain, 95):F2} ms");
        var exact = search.SearchPublic(new SearchRequest("Perka 25 tahun 2013"));
        Console.WriteLine($"'Perka 25 tahun 2013' first hit: {exact.Hits.FirstOrDefault()?.Title} ({exact.Total:N0} hits)");
        Console.WriteLine($"load average {LoadAverage()}");
        return 0;
    }

    private static async Task BreakdownAsync(IServiceProvider services, IndexState state)
    {
        await using var scope = services.CreateAsyncScope();
        var scanner = scope.ServiceProvider.GetRequiredService<IContentScanner>();
        var factory = scope.ServiceProvider.GetRequiredService<SearchDocumentFactory>();
        var all = new List<ContentItem>();
        var clock = Stopwatch.StartNew();
        var page = await scanner.ScanAsync(true, state.Settings.ContentTypes, 0, 1000);
        while (page.Items.Count > 0)
        {
            all.AddRange(page.Items);
            page = await scanner.ScanAsync(true, state.Settings.ContentTypes, page.Position, 1000);
        }

        var read = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var documents = all.Select(i => factory.Create(i, "publik", state.Settings)!).ToList();
        var build = clock.Elapsed.TotalSeconds;
        clock.Restart();
        using (var analyzer = SearchAnalyzers.Create(state.Settings.Analyzer))
        using (var directory = new Lucene.Net.Store.RAMDirectory())
        using (var writer = new Lucene.Net.Index.IndexWriter(directory, new Lucene.Net.Index.IndexWriterConfig(SearchAnalyzers.Version, analyzer) { RAMBufferSizeMB = 64 }))
        {
            foreach (var document in documents)
            {
                writer.AddDocument(document);
            }

            writer.Commit();
        }

        var analyse = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"  one thread, {all.Count:N0} documents: read + parse {all.Count / read:N0}/s, build documents {all.Count / build:N0}/s, analyse + write (RAM) {all.Count / analyse:N0}/s");
    }

    private static async Task SeedAsync(IServiceProvider services, int items)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            var definitions = scope.ServiceProvider.GetRequiredService<IContentDefinitionStore>();
            var page = definitions.GetType("Halaman")!;
            await definitions.SaveTypeAsync(page with { Name = "Berita", DisplayName = "Berita" }, CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<SearchIndexDefinitions>().SaveAsync(
                "publik", new SearchIndexSettings { ContentTypes = ["Halaman", "Berita"], PublishedOnly = true }, CancellationToken.None);
        }

        var random = new Random(20261128);
        const int batch = 2_000;
        for (var start = 0; start < items; start += batch)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = start; i < Math.Min(start + batch, items); i++)
            {
                db.ContentItems.Add(NewRecord(random, i));
            }

            await db.SaveChangesAsync();
        }
    }

    private static ContentItemRecord NewRecord(Random random, int index)
    {
        var id = IdGenerator.NewId();
        var regulation = index == 4_242;
        var title = regulation ? "Peraturan Kepala BKN Nomor 25 Tahun 2013" : Sentence(random, 4 + random.Next(5));
        var body = new StringBuilder();
        for (var p = 0; p < 3 + random.Next(4); p++)
        {
            body.Append(Sentence(random, 12 + random.Next(20))).Append(".\n\n");
        }

        var date = new DateTime(2014, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(random.Next(4_000));
        var data = new JsonObject
        {
            ["TitlePart"] = new JsonObject { ["Title"] = title },
            ["AutoroutePart"] = new JsonObject { ["Path"] = "dokumen-" + index.ToString(CultureInfo.InvariantCulture) },
            ["BodyPart"] = new JsonObject { ["Body"] = body.ToString(), ["Format"] = "markdown" },
        };
        if (regulation)
        {
            data["PeraturanPart"] = new JsonObject { ["Nomor"] = "25", ["Tahun"] = 2013 };
        }

        return new ContentItemRecord
        {
            ContentItemId = id,
            ContentItemVersionId = IdGenerator.NewId(),
            ContentType = random.Next(3) == 0 ? "Berita" : "Halaman",
            DisplayText = title,
            Latest = true,
            Published = true,
            CreatedUtc = date,
            ModifiedUtc = date,
            PublishedUtc = date,
            Data = data.ToJsonString(),
        };
    }

    private static string Sentence(Random random, int words)
    {
        var builder = new StringBuilder();
        for (var w = 0; w < words; w++)
        {
            if (w > 0)
            {
                builder.Append(' ');
            }

            builder.Append(Words[random.Next(Words.Length)]);
        }

        builder[0] = char.ToUpperInvariant(builder[0]);
        return builder.ToString();
    }

    private static async Task<int> LogChangesAsync(IServiceProvider services, int count)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var ids = await db.ContentItems.OrderBy(c => c.Id).Select(c => c.ContentItemId).Take(count).ToListAsync();
        var now = DateTime.UtcNow;
        await db.Set<IndexingTask>().Where(t => ids.Contains(t.ContentItemId)).ExecuteDeleteAsync();
        db.Set<IndexingTask>().AddRange(ids.Select(id => new IndexingTask { ContentItemId = id, CreatedUtc = now }));
        await db.SaveChangesAsync();
        return ids.Count;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }

    private static double Percentile(List<double> sorted, int p) => sorted[Math.Clamp((int)Math.Ceiling(p / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static long DirectorySize(string path) => new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    /// <summary>What the regulation module will contribute: number and year as an exact-match key.</summary>
    private sealed class RegulationNumberContributor : Bkn.Cms.Search.IContentIndexContributor
    {
        public void Contribute(Bkn.Cms.Search.ContentIndexContext context)
        {
            if (context.Item.Content["PeraturanPart"] is JsonObject part)
            {
                context.AddExactMatch(Bkn.Cms.Search.ExactMatch.NumberYear(part["Nomor"]!.GetValue<string>(), part["Tahun"]!.GetValue<int>()));
                context.Year = part["Tahun"]!.GetValue<int>();
            }
        }
    }
}
