using System.Text.Json.Nodes;
using Bkn.Cms.Data;
using Bkn.Cms.Tests.Infrastructure;
using Bkn.Cms.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static Bkn.Cms.Tests.Workflows.WorkflowTestHelpers;

namespace Bkn.Cms.Tests.Workflows;

/// <summary>Two hosts on one database (PostgreSQL under tests/run.sh's second pass, a shared SQLite file otherwise).</summary>
public sealed class WorkflowMultiNodeTests
{
    [Fact]
    public async Task Two_hosts_process_100_due_timers_and_each_fires_exactly_once()
    {
        var start = new DateTimeOffset(2026, 11, 28, 1, 0, 0, TimeSpan.Zero);
        var clockA = new FakeTimeProvider(start);
        var clockB = new FakeTimeProvider(start);
        var settings = new Dictionary<string, string?> { ["State:PollInterval"] = "01:00:00", ["Workflows:TimerInterval"] = "30.00:00:00" };
        await using var database = TestDatabase.Create();
        await using var nodeA = new CmsFactory(database, settings, s => s.AddSingleton<TimeProvider>(clockA));
        await using var nodeB = new CmsFactory(database, settings, s => s.AddSingleton<TimeProvider>(clockB));
        _ = nodeB.Server;
        await nodeA.RemoveShippedTimersAsync();

        // Each firing adds a notification: a timer that fired twice would leave two.
        await nodeA.ApplyTypesAsync(Type(
            "uji-dua-node",
            [
                Activity("mulai", WorkflowEventNames.Signal, new JsonObject { ["signalName"] = "mulai-dua-node" }, start: true),
                Activity("tenggat", WorkflowEventNames.Timer, new JsonObject { ["dueExpression"] = "new Date(Date.parse(workflow.now) + 3600 * 1000).toISOString()" }),
                Activity("beritahu", "NotifyTask", new JsonObject { ["users"] = new JsonArray("admin"), ["message"] = "Tenggat {{ correlationId }}" }),
            ],
            [Transition("mulai", "tenggat"), Transition("tenggat", "beritahu")]));
        for (var i = 0; i < 100; i++)
        {
            await nodeA.TriggerAsync(WorkflowEventNames.Signal, new JsonObject { ["signal"] = "mulai-dua-node" }, $"berkas-{i:000}");
        }

        clockA.Advance(TimeSpan.FromHours(2));
        clockB.Advance(TimeSpan.FromHours(2));
        var processorA = nodeA.Services.GetRequiredService<WorkflowTimerProcessor>();
        var processorB = nodeB.Services.GetRequiredService<WorkflowTimerProcessor>();

        // Both nodes claim small batches at the same time, round after round, until nothing is due.
        var claimedByA = 0;
        var claimedByB = 0;
        for (var round = 0; round < 50; round++)
        {
            var results = await Task.WhenAll(
                Task.Run(() => processorA.ProcessDueAsync(100, CancellationToken.None, batchSize: 7)),
                Task.Run(() => processorB.ProcessDueAsync(100, CancellationToken.None, batchSize: 7)));
            claimedByA += results[0];
            claimedByB += results[1];
            if (results[0] + results[1] == 0)
            {
                break;
            }
        }

        await using var scope = nodeA.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var texts = await db.Notifications.Where(n => n.Text.StartsWith("Tenggat berkas-")).Select(n => n.Text).ToListAsync();
        Assert.Equal(100, texts.Count);
        Assert.Equal(100, texts.Distinct().Count());
        Assert.Equal(100, claimedByA + claimedByB);
        Assert.Equal(100, await db.WorkflowInstances.CountAsync(i => i.WorkflowTypeId == "uji-dua-node" && i.Status == (int)WorkflowStatus.Finished));
        Assert.False(await db.WorkflowBlockingActivities.AnyAsync(b => b.WorkflowTypeId == "uji-dua-node"));
    }
}
