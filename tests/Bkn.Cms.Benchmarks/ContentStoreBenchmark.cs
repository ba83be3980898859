using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Bkn.Cms.ContentManagement;
using Bkn.Cms.Contents.Indexes;
using Bkn.Cms.Data;
using Bkn.Cms.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Bkn.Cms.Benchmarks;

/// <summary>
/// The content store at scale, with the real engine in-process: seeds N items (default 100,000) once, then times the
/// admin list (first and deep keyset pages, with and without filters), saving a draft and publishing, each over many
/// repetitions in a fresh DI scope (one DbContext per "request"), as p50/p95. Then shows the SQL of one run of each
/// operation and the database's plan of the list queries.
/// </summary>
internal static class ContentStoreBenchmark
{
    private const string AdminPassword = "Bench-Admin-2026";
    private const string PageType = "Halaman";
    private const string PressType = "SiaranPers";
    private const int PageSize = 20;

    public static async Task<int> RunAsync(string[] args)
    {
        var options = BenchOptions.Parse(args);
        if (options is null)
        {
            await Console.Error.WriteLineAsync("usage: content-store sqlite|postgres [--items N] [--reps N] [--warmup N] [--batch N] [--budget SECONDS] [--trace] [--keep]");
            return 2;
        }

        var database = await BenchDatabase.CreateAsync(options.Provider);
        try
        {
            return await RunOnDatabaseAsync(options, database);
        }
        finally
        {
            if (options.Keep)
            {
                Console.WriteLine($"kept: {database.Describe()}");
            }
            else
            {
                await database.DisposeAsync();
            }
        }
    }

    private static async Task<int> RunOnDatabaseAsync(BenchOptions options, BenchDatabase database)
    {
        Console.WriteLine($"content-store on {options.Provider}: {options.Items:N0} items, {options.Reps} repetitions (+{options.Warmup} warm-up), .NET {Environment.Version}, {Environment.ProcessorCount} cores, load average {LoadAverage()}");
        Environment.SetEnvironmentVariable("BKN_ADMIN_PASSWORD", AdminPassword);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["App:DataPath"] = database.DataPath,
            ["App:BaseUrl"] = "http://localhost", // required outside Development
            ["Database:Provider"] = options.Provider.ToString(),
            ["Database:ConnectionString"] = database.ConnectionString,
            ["Logging:LogLevel:Default"] = "Warning",

            // EF logs the expected failed look-up of the migrations table on a new PostgreSQL database as an error.
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Critical",
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.AddBknCms();
        var recorder = new CommandRecorder();
        if (options.Provider == DatabaseProvider.Postgres)
        {
            builder.Services.ConfigureDbContext<PostgresCmsDbContext>(o => o.AddInterceptors(recorder));
        }
        else
        {
            builder.Services.ConfigureDbContext<SqliteCmsDbContext>(o => o.AddInterceptors(recorder));
        }

        await using var app = builder.Build();
        var clock = Stopwatch.StartNew();
        if (!await app.InitializeBknCmsAsync())
        {
            return 1;
        }

        Console.WriteLine($"migrations + setup recipe: {clock.Elapsed.TotalSeconds:F1} s");
        var services = app.Services;

        var seed = await SeedAsync(services, options);
        Console.WriteLine($"seeded {options.Items:N0} items ({seed.Rows:N0} version rows, {seed.Routes:N0} routes) in {seed.Seconds:F1} s ({options.Items / seed.Seconds:N0} items/s){(seed.AnalyzeSeconds > 0 ? $"; ANALYZE {seed.AnalyzeSeconds:F1} s" : "")}");

        var allTypes = new[] { PageType, PressType };
        var filtered = new ContentListQuery { Types = [PageType], Status = ContentStatusFilter.Published, Text = "berita", PageSize = PageSize };
        var unfiltered = new ContentListQuery { Types = allTypes, PageSize = PageSize };
        var noMatch = filtered with { Text = "tidakadajudulsepertiini" };

        // Deep pages at 100,000 items: page 101 of the filtered list (after clicking "next" 100 times) and page 2,501
        // of the unfiltered list (after 50,000 rows, reached with pages of 200); scaled down with --items.
        var filteredPages = Math.Max(2, (int)(100L * options.Items / 100_000));
        var unfilteredWalks = Math.Max(1, (int)(250L * options.Items / 100_000));
        var deepFilteredName = $"list, filter, page {filteredPages + 1:N0}";
        var deepUnfilteredName = $"list, no filter, page {(unfilteredWalks * 10) + 1:N0}";
        var results = new List<Result>();
        results.Add(await MeasureListAsync(services, options, "list, filter, first page", filtered));
        var (deepFiltered, walkFiltered) = await WalkAsync(services, filtered, pages: filteredPages, walkPageSize: PageSize);
        Console.WriteLine($"  walked {filteredPages} filtered pages of {PageSize} (clicking 'next'): {walkFiltered.TotalSeconds:F2} s, {walkFiltered.TotalMilliseconds / filteredPages:F1} ms a page");
        results.Add(await MeasureListAsync(services, options, deepFilteredName, filtered with { After = deepFiltered }));
        results.Add(await MeasureListAsync(services, options, "list, no filter, first page", unfiltered));
        var (deepUnfiltered, walkUnfiltered) = await WalkAsync(services, unfiltered, pages: unfilteredWalks, walkPageSize: 200);
        Console.WriteLine($"  walked {unfilteredWalks} unfiltered pages of 200 ({unfilteredWalks * 200:N0} rows): {walkUnfiltered.TotalSeconds:F2} s, {walkUnfiltered.TotalMilliseconds / unfilteredWalks:F1} ms a page");
        results.Add(await MeasureListAsync(services, options, deepUnfilteredName, unfiltered with { After = deepUnfiltered }));
        results.Add(await MeasureListAsync(services, options, "list, text matching nothing", noMatch));

        var targets = await PickTargetsAsync(services, options.Warmup + options.Reps);
        var (save, publish) = await MeasureSaveAndPublishAsync(services, options, recorder, targets);
        results.Add(save);
        results.Add(publish);

        Console.WriteLine();
        Console.WriteLine($"| {options.Provider} | n | p50 ms | p95 ms | mean ms | min ms | max ms |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var result in results)
        {
            Console.WriteLine(result.Row());
        }

        Console.WriteLine();
        await TraceAsync(services, options, "list, filter, first page", () => RecordListAsync(services, recorder, filtered), explain: true);
        await TraceAsync(services, options, deepFilteredName, () => RecordListAsync(services, recorder, filtered with { After = deepFiltered }), explain: true);
        await TraceAsync(services, options, deepUnfilteredName, () => RecordListAsync(services, recorder, unfiltered with { After = deepUnfiltered }), explain: true);
        await TraceAsync(services, options, "list, text matching nothing", () => RecordListAsync(services, recorder, noMatch), explain: true);
        var extra = await PickTargetsAsync(services, 1);
        await TraceAsync(services, options, "save draft", async () => await SaveDraftOnceAsync(services, recorder, extra[0], "trace"), explain: false);
        await TraceAsync(services, options, "publish", async () => await PublishOnceAsync(services, recorder, extra[0]), explain: false);
        Console.WriteLine($"total {clock.Elapsed.TotalSeconds:F0} s, load average {LoadAverage()}");
        return 0;
    }

    // ---- seeding ------------------------------------------------------------------------------------------

    private static readonly string[] Words =
    [
        "pengumuman", "seleksi", "CPNS", "PPPK", "kenaikan", "pangkat", "pensiun", "layanan", "rapat", "koordinasi",
        "kepegawaian", "formasi", "jabatan", "fungsional", "sosialisasi", "peraturan", "kepala", "BKN", "kantor",
        "regional", "informasi", "jadwal", "hasil", "ujian", "kompetensi", "dasar", "bidang", "aparatur", "sipil",
        "negara", "evaluasi", "kinerja", "manajemen", "talenta", "digital", "arsip", "mutasi", "penilaian", "daerah",
        "instansi", "pusat", "pelantikan", "nasional", "integrasi", "sistem", "data", "pegawai", "survei", "kepuasan",
        "pelatihan", "teknis", "anggaran", "laporan", "tahunan", "reformasi", "birokrasi", "pengadaan", "usulan",
    ];

    private static async Task<SeedResult> SeedAsync(IServiceProvider services, BenchOptions options)
    {
        List<Guid> units;
        string owner;
        await using (var scope = services.CreateAsyncScope())
        {
            var definitions = scope.ServiceProvider.GetRequiredService<IContentDefinitionStore>();
            var page = definitions.GetType(PageType) ?? throw new InvalidOperationException("The setup recipe did not define 'Halaman'.");
            await definitions.SaveTypeAsync(page with { Name = PressType, DisplayName = "Siaran Pers" }, CancellationToken.None);
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            units = await db.Units.Select(u => u.Id).ToListAsync();
            owner = await db.Users.Where(u => u.UserName == "admin").Select(u => u.Id).FirstAsync();
        }

        var random = new Random(20261128);
        var now = DateTime.UtcNow;

        // Modification times spread over a year, inserted oldest first as an editor's saves would append them.
        var modified = new DateTime[options.Items];
        for (var i = 0; i < modified.Length; i++)
        {
            modified[i] = Millis(now.AddDays(-365 * random.NextDouble()));
        }

        Array.Sort(modified);
        var clock = Stopwatch.StartNew();
        var rows = 0;
        var routes = 0;
        for (var start = 0; start < options.Items; start += options.Batch)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            await using var transaction = await db.Database.BeginTransactionAsync();
            for (var i = start; i < Math.Min(start + options.Batch, options.Items); i++)
            {
                var item = NewItem(random, i, modified[i], owner, units[random.Next(units.Count)]);
                db.ContentItems.AddRange(item.Versions);
                rows += item.Versions.Count;
                if (item.Route is { } route)
                {
                    db.Set<AutorouteEntry>().Add(route);
                    routes++;
                }
            }

            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        var seconds = clock.Elapsed.TotalSeconds;
        double analyze = 0;
        if (options.Provider == DatabaseProvider.Postgres)
        {
            // Autovacuum would analyse the freshly loaded tables within a minute; do it now so plans reflect the data.
            clock.Restart();
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<CmsDbContext>().Database.ExecuteSqlRawAsync("ANALYZE");
            analyze = clock.Elapsed.TotalSeconds;
        }

        return new SeedResult(seconds, rows, routes, analyze);
    }

    private static SeededItem NewItem(Random random, int index, DateTime modified, string owner, Guid unit)
    {
        var type = random.NextDouble() < 0.7 ? PageType : PressType;
        var title = Title(random, berita: random.NextDouble() < 0.10);
        var path = $"{Slug(title)}-{index.ToString(CultureInfo.InvariantCulture)}";
        var body = Body(random);
        var created = Millis(modified.AddHours(-24 * 30 * random.NextDouble()));
        var id = IdGenerator.NewId();

        // 0–7: latest version published (0–1 with an older version in the history); 8: never published draft;
        // 9: published version online with a newer draft.
        var kind = random.Next(10);
        var versions = new List<ContentItemRecord>(2);
        if (kind <= 1)
        {
            versions.Add(Record(id, type, title, path, body + "\n\n(versi awal)", owner, unit, created, created, latest: false, published: false, publishedUtc: null));
        }
        else if (kind == 9)
        {
            versions.Add(Record(id, type, title, path, body, owner, unit, created, created, latest: false, published: true, publishedUtc: created));
        }

        var latestPublished = kind <= 7;
        versions.Add(Record(id, type, title, path, body, owner, unit, created, modified, latest: true, published: latestPublished, publishedUtc: latestPublished ? modified : kind == 9 ? created : null));
        var route = kind == 8 ? null : new AutorouteEntry { Path = path, ContentItemId = id, ContentType = type };
        return new SeededItem(versions, route);
    }

    private static ContentItemRecord Record(string id, string type, string title, string path, string body, string owner, Guid unit, DateTime created, DateTime modified, bool latest, bool published, DateTime? publishedUtc)
    {
        var data = new JsonObject
        {
            ["TitlePart"] = new JsonObject { ["Title"] = title },
            ["AutoroutePart"] = new JsonObject { ["Path"] = path },
            ["BodyPart"] = new JsonObject { ["Body"] = body, ["Format"] = "markdown" },
            ["PublishLaterPart"] = new JsonObject { ["ScheduledPublishUtc"] = null },
            ["UnpublishLaterPart"] = new JsonObject { ["ScheduledUnpublishUtc"] = null },
        };
        return new ContentItemRecord
        {
            ContentItemId = id,
            ContentItemVersionId = IdGenerator.NewId(),
            ContentType = type,
            DisplayText = title,
            Latest = latest,
            Published = published,
            Owner = owner,
            Author = owner,
            UnitId = unit,
            CreatedUtc = created,
            ModifiedUtc = modified,
            PublishedUtc = publishedUtc,
            Data = data.ToJsonString(ContentItem.JsonOptions),
        };
    }

    private static string Title(Random random, bool berita)
    {
        var words = new List<string>();
        var count = random.Next(5, 11);
        for (var i = 0; i < count; i++)
        {
            words.Add(Words[random.Next(Words.Length)]);
        }

        if (berita)
        {
            words.Insert(random.Next(words.Count), random.Next(2) == 0 ? "Berita" : "berita");
        }

        words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
        return $"{string.Join(' ', words)} {random.Next(2018, 2027)}";
    }

    private static string Body(Random random)
    {
        var text = new StringBuilder();
        var paragraphs = random.Next(3, 7);
        for (var p = 0; p < paragraphs; p++)
        {
            if (p > 0)
            {
                text.Append("\n\n");
            }

            if (p == 1)
            {
                text.Append("## ").Append(Words[random.Next(Words.Length)]).Append(' ').Append(Words[random.Next(Words.Length)]).Append("\n\n");
            }

            var sentences = random.Next(3, 6);
            for (var s = 0; s < sentences; s++)
            {
                var words = random.Next(8, 16);
                for (var w = 0; w < words; w++)
                {
                    text.Append(w == 0 && s > 0 ? " " : w == 0 ? "" : " ").Append(Words[random.Next(Words.Length)]);
                }

                text.Append('.');
            }
        }

        return text.ToString();
    }

    private static string Slug(string title) =>
        string.Join('-', title.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static DateTime Millis(DateTime value) => new(value.Ticks - (value.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);

    // ---- measurements -----------------------------------------------------------------------------------------

    private static async Task<Result> MeasureListAsync(IServiceProvider services, BenchOptions options, string name, ContentListQuery query) =>
        await MeasureAsync(options, name, _ => ListOnceAsync(services, query));

    private static async Task<double> ListOnceAsync(IServiceProvider services, ContentListQuery query)
    {
        await using var scope = services.CreateAsyncScope();
        var list = scope.ServiceProvider.GetRequiredService<IContentQuery>();
        var clock = Stopwatch.StartNew();
        var page = await list.ListAsync(query);
        var ms = clock.Elapsed.TotalMilliseconds;
        if (page.Items.Count == 0 && query.Text != "tidakadajudulsepertiini")
        {
            throw new InvalidOperationException("The list returned no rows: the seed does not match the query.");
        }

        return ms;
    }

    private static async Task<(string Cursor, TimeSpan Elapsed)> WalkAsync(IServiceProvider services, ContentListQuery query, int pages, int walkPageSize)
    {
        var clock = Stopwatch.StartNew();
        string? after = null;
        for (var p = 0; p < pages; p++)
        {
            await using var scope = services.CreateAsyncScope();
            var page = await scope.ServiceProvider.GetRequiredService<IContentQuery>().ListAsync(query with { After = after, PageSize = walkPageSize });
            after = page.Next ?? throw new InvalidOperationException($"The list ended after {p + 1} pages.");
        }

        return (after!, clock.Elapsed);
    }

    private static async Task<List<string>> PickTargetsAsync(IServiceProvider services, int count)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();

        // Published items without a pending draft: saving creates a draft version, publishing puts it online.
        var ids = await db.ContentItems.AsNoTracking()
            .Where(c => c.Latest && c.Published && !c.Deleted && c.ContentType == PageType)
            .Select(c => c.ContentItemId)
            .ToListAsync();
        var random = new Random(count);
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(ids));
        return ids.Take(count).ToList();
    }

    private static async Task<(Result Save, Result Publish)> MeasureSaveAndPublishAsync(IServiceProvider services, BenchOptions options, CommandRecorder recorder, List<string> targets)
    {
        var save = new List<Sample>();
        var publish = new List<Sample>();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < targets.Count; i++)
        {
            var saveSample = await SaveDraftOnceAsync(services, recorder, targets[i], i.ToString(CultureInfo.InvariantCulture));
            var publishSample = await PublishOnceAsync(services, recorder, targets[i]);
            if (i >= options.Warmup)
            {
                save.Add(saveSample);
                publish.Add(publishSample);
            }

            if (clock.Elapsed.TotalSeconds > options.BudgetSeconds * 2 && save.Count >= 20)
            {
                break;
            }
        }

        foreach (var (name, samples) in new[] { ("save draft", save), ("publish", publish) })
        {
            // Where the time goes: SQL commands and COMMIT as the driver timed them, the rest is .NET (EF, handlers, JSON).
            var median = samples.OrderBy(s => s.Milliseconds).ElementAt(samples.Count / 2);
            var slowest = samples.OrderByDescending(s => s.Milliseconds).Take(Math.Max(1, samples.Count / 20)).ToList();
            Console.WriteLine($"  {name}: median {median.Describe()}; slowest 5% on average {slowest.Average(s => s.Milliseconds):F2} ms = SQL {slowest.Average(s => s.CommandMilliseconds):F2} + COMMIT {slowest.Average(s => s.CommitMilliseconds):F2} + other {slowest.Average(s => s.Milliseconds - s.CommandMilliseconds - s.CommitMilliseconds):F2}");
        }

        return (Result.Of("save draft (UpdateAsync)", [.. save.Select(s => s.Milliseconds)]), Result.Of("publish (PublishAsync)", [.. publish.Select(s => s.Milliseconds)]));
    }

    private static async Task<Sample> SaveDraftOnceAsync(IServiceProvider services, CommandRecorder recorder, string contentItemId, string mark)
    {
        await using var scope = services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();

        // What the editor opened (not timed), with a changed body.
        var item = await content.GetAsync(contentItemId, VersionOptions.DraftRequired) ?? throw new InvalidOperationException($"No item {contentItemId}.");
        var body = (JsonObject)item.Content["BodyPart"]!;
        body["Body"] = $"{body["Body"]}\n\nPembaruan {mark}: jadwal layanan disesuaikan.";
        recorder.Start();
        var clock = Stopwatch.StartNew();
        var saved = await content.UpdateAsync(item);
        var ms = clock.Elapsed.TotalMilliseconds;
        var commands = recorder.Stop();
        if (saved.Published)
        {
            throw new InvalidOperationException("The save published the item; expected a draft.");
        }

        return Sample.Of(ms, commands);
    }

    private static async Task<Sample> PublishOnceAsync(IServiceProvider services, CommandRecorder recorder, string contentItemId)
    {
        await using var scope = services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        recorder.Start();
        var clock = Stopwatch.StartNew();
        var published = await content.PublishAsync(contentItemId);
        var ms = clock.Elapsed.TotalMilliseconds;
        var commands = recorder.Stop();
        if (!published.Published)
        {
            throw new InvalidOperationException("The item was not published.");
        }

        return Sample.Of(ms, commands);
    }

    private static async Task<Result> MeasureAsync(BenchOptions options, string name, Func<int, Task<double>> once)
    {
        var samples = new List<double>(options.Reps);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < options.Warmup + options.Reps; i++)
        {
            var ms = await once(i);
            if (i >= options.Warmup)
            {
                samples.Add(ms);
            }

            if (clock.Elapsed.TotalSeconds > options.BudgetSeconds && samples.Count >= 20)
            {
                break;
            }
        }

        var result = Result.Of(name, samples);
        Console.WriteLine($"  {name}: p50 {result.P50:F2} ms, p95 {result.P95:F2} ms (n={samples.Count}, {clock.Elapsed.TotalSeconds:F1} s)");
        return result;
    }

    // ---- SQL and plans ----------------------------------------------------------------------------------------

    private static async Task<Sample> RecordListAsync(IServiceProvider services, CommandRecorder recorder, ContentListQuery query)
    {
        recorder.Start();
        var ms = await ListOnceAsync(services, query);
        return Sample.Of(ms, recorder.Stop());
    }

    private static async Task TraceAsync(IServiceProvider services, BenchOptions options, string name, Func<Task<Sample>> once, bool explain)
    {
        var sample = await once();
        var commands = sample.Log;
        Console.WriteLine($"-- {name} (one run): {sample.Describe()}");
        foreach (var command in commands)
        {
            var text = options.Trace || explain ? command.Sql : OneLine(command.Sql, 160);
            Console.WriteLine($"   {command.Milliseconds,7:F2} ms  {text.Replace("\n", "\n              ", StringComparison.Ordinal)}");
        }

        if (explain && commands.FirstOrDefault(c => c.Sql.Contains("FROM \"ContentItems\"", StringComparison.Ordinal)) is { } list)
        {
            Console.WriteLine("   plan:");
            foreach (var line in await ExplainAsync(services, options.Provider, list))
            {
                Console.WriteLine($"     {line}");
            }
        }

        Console.WriteLine();
    }

    private static async Task<List<string>> ExplainAsync(IServiceProvider services, DatabaseProvider provider, RecordedCommand command)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var explain = connection.CreateCommand();
        explain.CommandText = (provider == DatabaseProvider.Postgres ? "EXPLAIN (ANALYZE, BUFFERS) " : "EXPLAIN QUERY PLAN ") + command.Sql;
        foreach (var parameter in command.Parameters)
        {
            explain.Parameters.Add(parameter is ICloneable cloneable ? cloneable.Clone() : CopyParameter(explain, parameter));
        }

        var lines = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            // PostgreSQL: one text column; SQLite: id, parent, notused, detail.
            lines.Add(reader.FieldCount == 1 ? reader.GetString(0) : $"{reader.GetInt32(1),3} -> {reader.GetInt32(0),3}  {reader.GetString(3)}");
        }

        return lines;
    }

    private static DbParameter CopyParameter(DbCommand command, DbParameter source)
    {
        var copy = command.CreateParameter();
        copy.ParameterName = source.ParameterName;
        copy.Value = source.Value;
        copy.DbType = source.DbType;
        return copy;
    }

    private static string OneLine(string sql, int max)
    {
        var line = string.Join(' ', sql.Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));
        return line.Length > max ? line[..max] + " …" : line;
    }

    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "?";
        }
    }

    private sealed record Sample(double Milliseconds, double CommandMilliseconds, double CommitMilliseconds, int Commands, List<RecordedCommand> Log)
    {
        public static Sample Of(double milliseconds, List<RecordedCommand> commands) => new(
            milliseconds,
            commands.Where(c => !c.IsCommit).Sum(c => c.Milliseconds),
            commands.Where(c => c.IsCommit).Sum(c => c.Milliseconds),
            commands.Count(c => !c.IsCommit),
            commands);

        public string Describe() => string.Create(CultureInfo.InvariantCulture, $"{Milliseconds:F2} ms = {Commands} SQL commands {CommandMilliseconds:F2} + COMMIT {CommitMilliseconds:F2} + other {Milliseconds - CommandMilliseconds - CommitMilliseconds:F2}");
    }

    private sealed record SeedResult(double Seconds, int Rows, int Routes, double AnalyzeSeconds);

    private sealed record SeededItem(List<ContentItemRecord> Versions, AutorouteEntry? Route);

    private sealed record Result(string Name, int Count, double P50, double P95, double Mean, double Min, double Max)
    {
        public static Result Of(string name, List<double> samples)
        {
            var sorted = samples.Order().ToArray();
            return new Result(name, sorted.Length, Percentile(sorted, 50), Percentile(sorted, 95), sorted.Average(), sorted[0], sorted[^1]);
        }

        public string Row() => string.Create(CultureInfo.InvariantCulture, $"| {Name} | {Count} | {P50:F2} | {P95:F2} | {Mean:F2} | {Min:F2} | {Max:F2} |");

        // Nearest rank.
        private static double Percentile(double[] sorted, int p) => sorted[Math.Clamp((int)Math.Ceiling(p / 100.0 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    private sealed record BenchOptions(DatabaseProvider Provider, int Items, int Reps, int Warmup, int Batch, double BudgetSeconds, bool Trace, bool Keep)
    {
        public static BenchOptions? Parse(string[] args)
        {
            if (args.Length == 0)
            {
                return null;
            }

            DatabaseProvider provider;
            switch (args[0].ToLowerInvariant())
            {
                case "sqlite":
                    provider = DatabaseProvider.Sqlite;
                    break;
                case "postgres" or "postgresql":
                    provider = DatabaseProvider.Postgres;
                    break;
                default:
                    return null;
            }

            var options = new BenchOptions(provider, 100_000, 200, 10, 5_000, 90, false, false);
            for (var i = 1; i < args.Length; i++)
            {
                string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
                options = args[i] switch
                {
                    "--items" => options with { Items = int.Parse(Next(), CultureInfo.InvariantCulture) },
                    "--reps" => options with { Reps = int.Parse(Next(), CultureInfo.InvariantCulture) },
                    "--warmup" => options with { Warmup = int.Parse(Next(), CultureInfo.InvariantCulture) },
                    "--batch" => options with { Batch = int.Parse(Next(), CultureInfo.InvariantCulture) },
                    "--budget" => options with { BudgetSeconds = double.Parse(Next(), CultureInfo.InvariantCulture) },
                    "--trace" => options with { Trace = true },
                    "--keep" => options with { Keep = true },
                    _ => throw new ArgumentException($"Unknown option {args[i]}."),
                };
            }

            return options;
        }
    }
}
