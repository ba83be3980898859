using System.Diagnostics;
using System.Text.Json.Nodes;
using Bkn.Cms.Data;
using Bkn.Cms.Hosting;
using Bkn.Cms.Workflows;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bkn.Cms.Benchmarks;

/// <summary>
/// The workflow runtime with the real engine in-process: 50 enabled types listening to the same event, then events
/// through <see cref="IWorkflowManager.TriggerEventAsync"/> (each in a fresh DI scope, as a request would), and the time
/// to fire N due timers (default 10,000) through the timer processor.
/// </summary>
internal static class WorkflowBenchmark
{
    private const int TypeCount = 50;

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("sqlite" or "postgres"))
        {
            await Console.Error.WriteLineAsync("usage: workflows sqlite|postgres [--events N] [--warmup N] [--timers N] [--callers N]");
            return 2;
        }

        var provider = args[0] == "sqlite" ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres;
        var events = Option(args, "--events", 10_000);
        var warmup = Option(args, "--warmup", 5000);
        var timers = Option(args, "--timers", 10_000);
        var callers = Option(args, "--callers", 4);
        await using var database = await BenchDatabase.CreateAsync(provider);
        Environment.SetEnvironmentVariable("BKN_ADMIN_PASSWORD", "Bench-Admin-2026");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["App:DataPath"] = database.DataPath,
            ["App:BaseUrl"] = "http://localhost", // required outside Development
            ["Database:Provider"] = provider.ToString(),
            ["Database:ConnectionString"] = database.ConnectionString,
            ["Logging:LogLevel:Default"] = Environment.GetEnvironmentVariable("BENCH_SQL_LOG") is null ? "Warning" : "Information",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = Environment.GetEnvironmentVariable("BENCH_SQL_LOG") ?? "Critical",

            // The benchmark drives the timer processor itself.
            ["Workflows:TimerInterval"] = "30.00:00:00",
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.AddBknCms();
        await using var app = builder.Build();
        if (!await app.InitializeBknCmsAsync())
        {
            return 1;
        }

        var services = app.Services;
        Console.WriteLine($"workflows on {provider}: {TypeCount} enabled types, {events:N0} events per case after {warmup:N0} of each as warm-up, {timers:N0} timers, .NET {Environment.Version}, {Environment.ProcessorCount} cores, load average {LoadAverage()}");
        await using (var scope = services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<WorkflowTypeStore>();
            for (var i = 0; i < TypeCount; i++)
            {
                await store.SaveAsync(Type($"bench-{i}", $"sinyal-{i}", timer: false), CancellationToken.None);
            }

            await store.SaveAsync(Type("bench-timer", "sinyal-timer", timer: true), CancellationToken.None);
        }

        // Warm-up of both paths: JIT (tiered compilation reaches optimised code only after thousands of calls; with a
        // 200-event warm-up the first 3,000 measured events ran at less than half the steady rate), caches, pool.
        await TriggerManyAsync(services, warmup, i => ("tidak-ada", $"w-{i}"));
        await TriggerManyAsync(services, warmup, i => ($"sinyal-{i % TypeCount}", $"ws-{i}"));
        var noMatch = await TriggerManyAsync(services, events, i => ("tidak-ada", $"n-{i}"));
        var starts = await TriggerManyAsync(services, events, i => ($"sinyal-{i % TypeCount}", $"s-{i}"));
        var noMatchConcurrent = await TriggerManyAsync(services, events, i => ("tidak-ada", $"cn-{i}"), callers);
        var startsConcurrent = await TriggerManyAsync(services, events, i => ($"sinyal-{i % TypeCount}", $"cs-{i}"), callers);
        Console.WriteLine($"| {provider} | callers | events | seconds | events/s |");
        Console.WriteLine("|---|---|---|---|---|");
        Console.WriteLine($"| event matching none of the 50 types | 1 | {events:N0} | {noMatch.TotalSeconds:F2} | {events / noMatch.TotalSeconds:N0} |");
        Console.WriteLine($"| event starting (and finishing) one instance | 1 | {events:N0} | {starts.TotalSeconds:F2} | {events / starts.TotalSeconds:N0} |");
        Console.WriteLine($"| event matching none of the 50 types | {callers} | {events:N0} | {noMatchConcurrent.TotalSeconds:F2} | {events / noMatchConcurrent.TotalSeconds:N0} |");
        Console.WriteLine($"| event starting (and finishing) one instance | {callers} | {events:N0} | {startsConcurrent.TotalSeconds:F2} | {events / startsConcurrent.TotalSeconds:N0} |");
        await using (var scope = services.CreateAsyncScope())
        {
            // Every start event must have left exactly one finished instance, whatever the concurrency.
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            var started = await db.WorkflowInstances.CountAsync(i => i.CorrelationId!.StartsWith("cs-") && i.Status == (int)WorkflowStatus.Finished);
            Console.WriteLine($"instances finished by the {callers}-caller start events: {started:N0} of {events:N0} ({(started == events ? "none lost" : "MISMATCH")})");
        }

        var seeding = await TriggerManyAsync(services, timers, i => ("sinyal-timer", $"t-{i}"));
        Console.WriteLine($"seeded {timers:N0} instances halted on a timer in {seeding.TotalSeconds:F1} s");
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            var past = DateTime.UtcNow.AddMinutes(-1);
            await db.WorkflowBlockingActivities.Where(b => b.DueUtc != null).ExecuteUpdateAsync(s => s.SetProperty(b => b.DueUtc, past));
        }

        var processor = services.GetRequiredService<WorkflowTimerProcessor>();
        var clock = Stopwatch.StartNew();
        var fired = await processor.ProcessDueAsync(int.MaxValue, CancellationToken.None);
        clock.Stop();
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            var finished = await db.WorkflowInstances.CountAsync(i => i.WorkflowTypeId == "bench-timer" && i.Status == (int)WorkflowStatus.Finished);
            Console.WriteLine($"| {provider} | due timers | seconds | timers/s | instances finished |");
            Console.WriteLine("|---|---|---|---|---|");
            Console.WriteLine($"| fire due timers (one node) | {fired:N0} | {clock.Elapsed.TotalSeconds:F2} | {fired / clock.Elapsed.TotalSeconds:N0} | {finished:N0} |");
        }

        Console.WriteLine($"load average {LoadAverage()}");
        return 0;
    }

    /// <summary>Triggers <paramref name="count"/> events from <paramref name="callers"/> concurrent callers (as concurrent requests would).</summary>
    private static async Task<TimeSpan> TriggerManyAsync(IServiceProvider services, int count, Func<int, (string Signal, string Correlation)> pick, int callers = 1)
    {
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
            {
                var (signal, correlation) = pick(i);
                await using var scope = services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<IWorkflowManager>()
                    .TriggerEventAsync(WorkflowEventNames.Signal, new JsonObject { ["signal"] = signal }, correlation);
            }
        })));
        return clock.Elapsed;
    }

    private static WorkflowTypeDefinition Type(string id, string signal, bool timer)
    {
        var activities = new List<ActivityDefinition>
        {
            new() { Id = "mulai", Name = WorkflowEventNames.Signal, IsStart = true, Properties = new JsonObject { ["signalName"] = signal } },
            new() { Id = "atur", Name = "SetPropertyTask", Properties = new JsonObject { ["propertyName"] = "nomor", ["value"] = "correlationId" } },
        };
        var transitions = new List<TransitionDefinition>();
        if (timer)
        {
            activities.Insert(1, new() { Id = "tunggu", Name = WorkflowEventNames.Timer, Properties = new JsonObject { ["dueExpression"] = "new Date(Date.parse(workflow.now) + 3600 * 1000).toISOString()" } });
            transitions.Add(new() { Source = "mulai", Destination = "tunggu" });
            transitions.Add(new() { Source = "tunggu", Destination = "atur" });
        }
        else
        {
            transitions.Add(new() { Source = "mulai", Destination = "atur" });
        }

        return new WorkflowTypeDefinition { WorkflowTypeId = id, Name = id, Activities = activities, Transitions = transitions };
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var value) ? value : fallback;
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
}
