using System.Text.Json.Nodes;
using Bkn.Cms.Data;
using Bkn.Cms.Tests.Infrastructure;
using Bkn.Cms.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static Bkn.Cms.Tests.Workflows.WorkflowTestHelpers;

namespace Bkn.Cms.Tests.Workflows;

/// <summary>
/// Timers on a fake clock. The due timers are processed by calling the processor the background task calls, so each
/// step is deterministic; the state poll is slowed down because a fake clock fires periodic timers once per period.
/// </summary>
public sealed class WorkflowTimerTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 28, 1, 30, 0, TimeSpan.Zero));
    private CmsFactory _factory = null!;

    public async Task InitializeAsync()
    {
        // The background timer task is slowed down too, so that only the test's own calls fire timers (deterministic counts).
        _factory = new CmsFactory(settings: new() { ["State:PollInterval"] = "01:00:00", ["Workflows:TimerInterval"] = "30.00:00:00" }, services: s => s.AddSingleton<TimeProvider>(_clock));
        _ = _factory.Server;
        await _factory.RemoveShippedTimersAsync();
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_timer_fires_once_at_its_due_time_and_an_overdue_one_catches_up_once_with_a_note()
    {
        await _factory.ApplyTypesAsync(SlaType("uji-sla"));
        var onTime = Assert.Single(await _factory.TriggerAsync(WorkflowEventNames.Signal, new JsonObject { ["signal"] = "mulai-sla" }, "tiket-1"));
        Assert.Equal(WorkflowStatus.Halted, onTime.Status);

        _clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await ProcessAsync());
        Assert.Equal((int)WorkflowStatus.Halted, (await _factory.InstanceAsync(onTime.InstanceId)).Status);

        _clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await ProcessAsync());
        var fired = await _factory.InstanceAsync(onTime.InstanceId);
        Assert.Equal((int)WorkflowStatus.Finished, fired.Status);
        Assert.True(fired.State()["properties"]!["eskalasi"]!.GetValue<bool>());
        Assert.DoesNotContain("Terlambat", fired.Journal, StringComparison.Ordinal);
        Assert.Equal(0, await ProcessAsync());

        // The node was down for a day: the overdue timer fires once when processing resumes, and the journal says so.
        var late = Assert.Single(await _factory.TriggerAsync(WorkflowEventNames.Signal, new JsonObject { ["signal"] = "mulai-sla" }, "tiket-2"));
        _clock.Advance(TimeSpan.FromHours(20));
        Assert.Equal(1, await ProcessAsync());
        Assert.Equal(0, await ProcessAsync());
        var caughtUp = await _factory.InstanceAsync(late.InstanceId);
        Assert.Equal((int)WorkflowStatus.Finished, caughtUp.Status);
        Assert.Contains("Terlambat 18 jam", caughtUp.Journal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_timer_of_a_cancelled_instance_never_fires()
    {
        await _factory.ApplyTypesAsync(SlaType("uji-sla-batal"));
        var run = Assert.Single(await _factory.TriggerAsync(WorkflowEventNames.Signal, new JsonObject { ["signal"] = "mulai-sla" }, "tiket-3"));
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<WorkflowManager>().CancelAsync(run.InstanceId, CancellationToken.None);
        }

        _clock.Advance(TimeSpan.FromHours(3));
        Assert.Equal(0, await ProcessAsync());
        var cancelled = await _factory.InstanceAsync(run.InstanceId);
        Assert.Equal((int)WorkflowStatus.Cancelled, cancelled.Status);
        Assert.Null(cancelled.State()["properties"]!["eskalasi"]);
    }

    [Fact]
    public async Task A_cron_start_timer_after_downtime_starts_one_instance_not_one_per_missed_hour()
    {
        // 01:30 UTC = 08:30 WIB; "every hour on the hour" is next due at 02:00 UTC.
        await _factory.ApplyTypesAsync(Type(
            "uji-cron",
            [Activity("jam", WorkflowEventNames.Timer, new JsonObject { ["cron"] = "0 * * * *" }, start: true), Activity("catat", "LogTask", new JsonObject { ["message"] = "tiap jam" })],
            [Transition("jam", "catat")]));
        Assert.Equal(0, await ProcessAsync());

        _clock.Advance(TimeSpan.FromHours(5)); // 06:30: five hourly firings were missed
        Assert.Equal(1, await ProcessAsync());
        Assert.Equal(0, await ProcessAsync());
        var first = Assert.Single(await _factory.InstancesAsync("uji-cron"));
        Assert.Contains("5 jadwal terlewat dijalankan sekali saja", first.Journal, StringComparison.Ordinal);

        _clock.Advance(TimeSpan.FromHours(1)); // 07:30: the 07:00 firing
        Assert.Equal(1, await ProcessAsync());
        Assert.Equal(2, (await _factory.InstancesAsync("uji-cron")).Count);

        // Disabled: the start timer is removed and nothing starts.
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<WorkflowTypeStore>().SetEnabledAsync("uji-cron", false, CancellationToken.None);
        }

        _clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, await ProcessAsync());
        Assert.Equal(2, (await _factory.InstancesAsync("uji-cron")).Count);
    }

    [Fact]
    public async Task The_background_task_fires_due_timers_by_itself()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 1, 30, 0, TimeSpan.Zero));
        await using var factory = new CmsFactory(settings: new() { ["State:PollInterval"] = "01:00:00" }, services: s => s.AddSingleton<TimeProvider>(clock));
        await factory.ApplyTypesAsync(SlaType("uji-sla-latar"));
        var run = Assert.Single(await factory.TriggerAsync(WorkflowEventNames.Signal, new JsonObject { ["signal"] = "mulai-sla" }, "tiket-4"));
        clock.Advance(TimeSpan.FromHours(3));
        await Eventually.TrueAsync(
            async () => (await factory.InstanceAsync(run.InstanceId)).Status == (int)WorkflowStatus.Finished,
            TimeSpan.FromSeconds(20),
            "the timer task fires the due timer");
    }

    internal static JsonObject SlaType(string id) => Type(
        id,
        [
            Activity("mulai", WorkflowEventNames.Signal, new JsonObject { ["signalName"] = "mulai-sla" }, start: true),
            Activity("tenggat", WorkflowEventNames.Timer, new JsonObject { ["dueExpression"] = "new Date(Date.parse(workflow.now) + 2 * 3600 * 1000).toISOString()" }),
            Activity("eskalasi", "SetPropertyTask", new JsonObject { ["propertyName"] = "eskalasi", ["value"] = "true" }),
        ],
        [Transition("mulai", "tenggat"), Transition("tenggat", "eskalasi")]);

    private async Task<int> ProcessAsync() =>
        await _factory.Services.GetRequiredService<WorkflowTimerProcessor>().ProcessDueAsync(1000, CancellationToken.None);
}
