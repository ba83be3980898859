using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Bkn.Cms.ContentManagement;
using Bkn.Cms.Data;
using Bkn.Cms.Features;
using Bkn.Cms.Locking;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Bkn.Cms.Workflows;

/// <summary>
/// The workflow runtime: starts and resumes instances, executes their activities, records journals, faults, retries
/// and cancels. One node at a time runs an instance: the run holds the instance's lock (<see cref="IDistributedLock"/>,
/// Redis when configured) and row-locks the instance in its transaction. Runs join the caller's transaction
/// (e.g. a content save), otherwise each instance runs in a transaction of its own.
/// </summary>
public sealed partial class WorkflowManager(
    CmsDbContext db,
    WorkflowActivityLibrary library,
    WorkflowTypeCache cache,
    IFeatureChecker features,
    IDistributedLock locks,
    IServiceProvider services,
    TimeProvider time,
    ILogger<WorkflowManager> logger) : IWorkflowManager
{
    private static readonly AsyncLocal<ImmutableHashSet<string>?> Executing = new();
    private static readonly AsyncLocal<int> Depth = new();

    // The two look-ups every content event makes, compiled once (EF skips expression parsing and its cache probe).
    private static readonly Func<CmsDbContext, string, string?, IAsyncEnumerable<BlockedActivity>> BlockedBy =
        EF.CompileAsyncQuery((CmsDbContext db, string name, string? correlationId) => db.WorkflowBlockingActivities.AsNoTracking()
            .Where(b => b.ActivityName == name && b.CorrelationId == correlationId && b.DueUtc == null && b.InstanceRowId != null)
            .Select(b => new BlockedActivity(b.InstanceRowId!.Value, b.ActivityId)));

    private static readonly Func<CmsDbContext, string, string, CancellationToken, Task<bool>> HasUnfinished =
        EF.CompileAsyncQuery((CmsDbContext db, string correlationId, string typeId, CancellationToken _) => db.WorkflowInstances.Any(i =>
            i.CorrelationId == correlationId && i.WorkflowTypeId == typeId
            && i.Status != (int)WorkflowStatus.Finished && i.Status != (int)WorkflowStatus.Cancelled));

    // Correlation ids this manager (this scope) stored an unfinished run or a wait for; see TriggerEventAsync's newCorrelation.
    private HashSet<string>? _storedCorrelations;

    public Task<IReadOnlyList<WorkflowRunResult>> TriggerEventAsync(string name, JsonObject? input = null, string? correlationId = null, CancellationToken cancellationToken = default) =>
        TriggerEventAsync(name, input, correlationId, newCorrelation: false, cancellationToken);

    public async Task<IReadOnlyList<WorkflowRunResult>> TriggerEventAsync(string name, JsonObject? input, string? correlationId, bool newCorrelation, CancellationToken cancellationToken = default)
    {
        if (!features.IsEnabled(WorkflowConstants.FeatureId) || library.Get(name) is not WorkflowEvent ev)
        {
            return [];
        }

        if (Depth.Value >= WorkflowConstants.MaxTriggerDepth)
        {
            LogRecursion(logger, name, Depth.Value);
            return [];
        }

        Depth.Value++;
        try
        {
            input ??= [];
            var results = new List<WorkflowRunResult>();

            // Resume first, so that an instance started by this very event is not resumed by it too.
            var blocked = Unreferenced(correlationId, newCorrelation) ? [] : await BlockedBy(db, name, correlationId).ToListAsync(cancellationToken);
            foreach (var group in blocked.GroupBy(b => b.InstanceRowId))
            {
                foreach (var activityId in group.Select(g => g.ActivityId).Distinct())
                {
                    if (await ResumeAsync(group.Key, activityId, input, ev, blockingRowId: null, cancellationToken) is { } result)
                    {
                        results.Add(result);
                    }
                }
            }

            foreach (var start in cache.StartsFor(name))
            {
                if (await StartFromEventAsync(start, ev, input, correlationId, newCorrelation, cancellationToken) is { } result)
                {
                    results.Add(result);
                }
            }

            return results;
        }
        finally
        {
            Depth.Value--;
        }
    }

    public async Task<WorkflowRunResult> StartAsync(string workflowTypeId, string? startActivityId = null, JsonObject? input = null, string? correlationId = null, CancellationToken cancellationToken = default)
    {
        var row = await db.WorkflowTypes.AsNoTracking().FirstOrDefaultAsync(t => t.WorkflowTypeId == workflowTypeId && t.IsLatest, cancellationToken)
            ?? throw new WorkflowException("Alur kerja tidak ditemukan.");
        var definition = await cache.GetVersionAsync(db, row.Id, cancellationToken) ?? throw new WorkflowException("Alur kerja tidak ditemukan.");
        var start = definition.Activities.FirstOrDefault(a => startActivityId is null ? a.IsStart : a.Id == startActivityId)
            ?? throw new WorkflowException("Aktivitas awal tidak ditemukan.");
        return await RunNewAsync(row.Id, definition, start, input ?? [], correlationId, note: null, cancellationToken);
    }

    /// <summary>Fires a claimed timer row: resumes its instance, or starts its type and schedules the next due time.</summary>
    public async Task<WorkflowRunResult?> FireTimerAsync(WorkflowBlockingActivityRecord timer, CancellationToken cancellationToken)
    {
        var now = Now();
        var due = timer.DueUtc ?? now;
        var input = new JsonObject { ["dueUtc"] = due, ["firedUtc"] = now };
        if (timer.InstanceRowId is { } instanceRowId)
        {
            var ev = library.Get(timer.ActivityName) as WorkflowEvent;
            return ev is null ? null : await ResumeAsync(instanceRowId, timer.ActivityId, input, ev, timer.Id, cancellationToken);
        }

        return await InTransactionAsync(
            async () =>
            {
                var definition = await cache.GetVersionAsync(db, timer.TypeVersionId, cancellationToken);
                var activity = definition?.Activities.FirstOrDefault(a => a.Id == timer.ActivityId);
                var ev = activity is null ? null : library.Get(activity.Name) as WorkflowEvent;
                var next = ev is null || activity is null ? null : ev.GetStartDueUtc(activity, now);

                // The claim is checked and the due time moved in the same transaction as the run: the firing counts once.
                var moved = next is null
                    ? await db.WorkflowBlockingActivities.Where(b => b.Id == timer.Id && b.ClaimToken == timer.ClaimToken).ExecuteDeleteAsync(cancellationToken)
                    : await db.WorkflowBlockingActivities.Where(b => b.Id == timer.Id && b.ClaimToken == timer.ClaimToken)
                        .ExecuteUpdateAsync(s => s.SetProperty(b => b.DueUtc, next).SetProperty(b => b.ClaimToken, (string?)null).SetProperty(b => b.ClaimedUntil, (DateTime?)null), cancellationToken);
                if (moved == 0 || definition is null || activity is null || ev is null || !features.IsEnabled(WorkflowConstants.FeatureId))
                {
                    return null;
                }

                // The due occurrence itself plus every later one that also passed while no node ran.
                var missed = 1;
                for (var occurrence = ev.GetStartDueUtc(activity, due); occurrence is { } o && o <= now && missed < 10_000; occurrence = ev.GetStartDueUtc(activity, o))
                {
                    missed++;
                }

                var note = LateNote(due, now, missed);
                return await RunNewAsync(timer.TypeVersionId, definition, activity, input, correlationId: null, note, cancellationToken);
            },
            cancellationToken);
    }

    /// <summary>Runs a faulted instance again from the activity that faulted.</summary>
    public async Task<WorkflowRunResult> RetryAsync(string instanceId, CancellationToken cancellationToken)
    {
        var rowId = await db.WorkflowInstances.Where(i => i.InstanceId == instanceId).Select(i => (long?)i.Id).FirstOrDefaultAsync(cancellationToken)
            ?? throw new WorkflowException("Instans tidak ditemukan.");
        var result = await WithInstanceAsync(
            rowId,
            async (instance, definition) =>
            {
                if (instance.Status != (int)WorkflowStatus.Faulted)
                {
                    throw new WorkflowException("Hanya instans yang gagal yang dapat diulang.");
                }

                var state = WorkflowInstanceState.Parse(instance.State);
                var activity = definition.Activities.FirstOrDefault(a => a.Id == state.FaultedActivityId)
                    ?? throw new WorkflowException("Aktivitas yang gagal tidak ada lagi dalam versi alur kerja ini.");
                var journal = WorkflowJson.ParseJournal(instance.Journal);
                journal.Add(new WorkflowJournalEntry { AtUtc = Now(), Kind = "retried", ActivityId = activity.Id, ActivityName = activity.Name, Message = "Diulang dari aktivitas yang gagal." });
                instance.Journal = WorkflowJson.JournalToJson(journal);
                return await ExecuteAsync(instance, definition, state, activity, state.FaultedOnResume, state.FaultedSourceActivityId, isRetry: true, cancellationToken);
            },
            cancellationToken);
        return result ?? throw new WorkflowException("Instans sedang dijalankan di tempat lain; coba lagi sebentar lagi.");
    }

    public async Task CancelAsync(string instanceId, CancellationToken cancellationToken)
    {
        var rowId = await db.WorkflowInstances.Where(i => i.InstanceId == instanceId).Select(i => (long?)i.Id).FirstOrDefaultAsync(cancellationToken)
            ?? throw new WorkflowException("Instans tidak ditemukan.");
        var result = await WithInstanceAsync(
            rowId,
            async (instance, definition) =>
            {
                if (instance.Status is (int)WorkflowStatus.Finished or (int)WorkflowStatus.Cancelled)
                {
                    throw new WorkflowException("Instans sudah selesai atau dibatalkan.");
                }

                await db.WorkflowBlockingActivities.Where(b => b.InstanceRowId == instance.Id).ExecuteDeleteAsync(cancellationToken);
                var journal = WorkflowJson.ParseJournal(instance.Journal);
                journal.Add(new WorkflowJournalEntry { AtUtc = Now(), Kind = "cancelled", Message = "Dibatalkan." });
                instance.Journal = WorkflowJson.JournalToJson(journal);
                instance.Status = (int)WorkflowStatus.Cancelled;
                instance.FinishedUtc = instance.ModifiedUtc = Now();
                await db.SaveChangesAsync(cancellationToken);
                return new WorkflowRunResult(instance.InstanceId, instance.WorkflowTypeId, instance.Version, WorkflowStatus.Cancelled);
            },
            cancellationToken);
        _ = result ?? throw new WorkflowException("Instans sedang dijalankan di tempat lain; coba lagi sebentar lagi.");
    }

    /// <summary>Deletes finished and cancelled instances that ended before <paramref name="cutoffUtc"/>, in batches.</summary>
    public async Task<int> TrimAsync(DateTime cutoffUtc, CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            var ids = await db.WorkflowInstances
                .Where(i => (i.Status == (int)WorkflowStatus.Finished || i.Status == (int)WorkflowStatus.Cancelled) && i.FinishedUtc < cutoffUtc)
                .OrderBy(i => i.Id).Select(i => i.Id).Take(1000).ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                return total;
            }

            total += await db.WorkflowInstances.Where(i => ids.Contains(i.Id)).ExecuteDeleteAsync(cancellationToken);
        }
    }

    /// <summary>True when nothing stored can refer to the correlation id: new, and no run or wait stored for it in this scope.</summary>
    private bool Unreferenced(string? correlationId, bool newCorrelation) =>
        newCorrelation && correlationId is not null && !(_storedCorrelations?.Contains(correlationId) ?? false);

    private async Task<WorkflowRunResult?> StartFromEventAsync(StartActivity start, WorkflowEvent ev, JsonObject input, string? correlationId, bool newCorrelation, CancellationToken cancellationToken)
    {
        var probe = Context(start.Activity, "", start.Type.Definition, input, new WorkflowInstanceState { Input = input }, correlationId, null, false);
        if (!await ev.CanHandleAsync(probe, cancellationToken))
        {
            return null;
        }

        if (start.Type.Definition.SingletonPerCorrelation && correlationId is not null && !Unreferenced(correlationId, newCorrelation))
        {
            var typeId = start.Type.Definition.WorkflowTypeId;
            var running = await HasUnfinished(db, correlationId, typeId, cancellationToken);
            if (running)
            {
                return null;
            }
        }

        return await RunNewAsync(start.Type.TypeVersionId, start.Type.Definition, start.Activity, input, correlationId, note: null, cancellationToken);
    }

    private Task<WorkflowRunResult> RunNewAsync(long typeVersionId, WorkflowTypeDefinition definition, ActivityDefinition start, JsonObject input, string? correlationId, string? note, CancellationToken cancellationToken) =>
        InTransactionAsync(
            async () =>
            {
                var now = Now();
                var instance = new WorkflowInstanceRecord
                {
                    InstanceId = IdGenerator.NewId(),
                    WorkflowTypeId = definition.WorkflowTypeId,
                    TypeVersionId = typeVersionId,
                    Version = definition.Version,
                    Status = (int)WorkflowStatus.Running,
                    CorrelationId = correlationId,
                    CreatedUtc = now,
                    ModifiedUtc = now,
                };
                var journal = new List<WorkflowJournalEntry> { new() { AtUtc = now, Kind = "started", ActivityId = start.Id, ActivityName = start.Name, Message = note ?? $"Versi {definition.Version}" } };
                instance.Journal = WorkflowJson.JournalToJson(journal);
                var state = new WorkflowInstanceState { Input = (JsonObject)input.DeepClone() };
                var isEvent = library.Get(start.Name) is WorkflowEvent;
                return await ExecuteAsync(instance, definition, state, start, resume: isEvent, sourceActivityId: null, isRetry: false, cancellationToken);
            },
            cancellationToken);

    private async Task<WorkflowRunResult?> ResumeAsync(long instanceRowId, string activityId, JsonObject input, WorkflowEvent ev, long? blockingRowId, CancellationToken cancellationToken) =>
        await WithInstanceAsync(
            instanceRowId,
            async (instance, definition) =>
            {
                if (instance.Status != (int)WorkflowStatus.Halted)
                {
                    return null;
                }

                var activity = definition.Activities.FirstOrDefault(a => a.Id == activityId);
                if (activity is null)
                {
                    return null;
                }

                var state = WorkflowInstanceState.Parse(instance.State);
                state.Input = (JsonObject)input.DeepClone();
                var probe = Context(activity, instance.InstanceId, definition, state.Input, state, instance.CorrelationId, null, false);
                if (!await ev.CanHandleAsync(probe, cancellationToken))
                {
                    return null;
                }

                // Consume the blocking row in this transaction; a concurrent resume of the same row finds nothing and stops.
                var consumed = blockingRowId is { } timerRow
                    ? await db.WorkflowBlockingActivities.Where(b => b.Id == timerRow && b.InstanceRowId == instance.Id).ExecuteDeleteAsync(cancellationToken)
                    : await db.WorkflowBlockingActivities.Where(b => b.InstanceRowId == instance.Id && b.ActivityId == activityId && b.DueUtc == null).ExecuteDeleteAsync(cancellationToken);
                if (consumed == 0)
                {
                    return null;
                }

                if (blockingRowId is not null && input["dueUtc"]?.GetValue<DateTime>() is { } due && LateNote(due, Now(), 1) is { } late)
                {
                    var journal = WorkflowJson.ParseJournal(instance.Journal);
                    journal.Add(new WorkflowJournalEntry { AtUtc = Now(), Kind = "note", ActivityId = activity.Id, ActivityName = activity.Name, Message = late });
                    instance.Journal = WorkflowJson.JournalToJson(journal);
                }

                return await ExecuteAsync(instance, definition, state, activity, resume: true, sourceActivityId: null, isRetry: false, cancellationToken);
            },
            cancellationToken);

    /// <summary>Locks an existing instance (distributed lock, then row lock in the transaction), loads it fresh and runs <paramref name="work"/>.</summary>
    private async Task<WorkflowRunResult?> WithInstanceAsync(long instanceRowId, Func<WorkflowInstanceRecord, WorkflowTypeDefinition, Task<WorkflowRunResult?>> work, CancellationToken cancellationToken)
    {
        var instanceId = await db.WorkflowInstances.AsNoTracking().Where(i => i.Id == instanceRowId).Select(i => i.InstanceId).FirstOrDefaultAsync(cancellationToken);
        if (instanceId is null || (Executing.Value?.Contains(instanceId) ?? false))
        {
            // Gone, or this very call chain is running it (a task raised an event that would re-enter it): recursion guard.
            return null;
        }

        await using var handle = await AcquireAsync(instanceId, cancellationToken);
        if (handle is null)
        {
            LogBusy(logger, instanceId);
            return null;
        }

        return await InTransactionAsync(
            async () =>
            {
                // Row lock: on PostgreSQL another node's run of this instance waits here until this transaction ends.
                await db.WorkflowInstances.Where(i => i.Id == instanceRowId).ExecuteUpdateAsync(s => s.SetProperty(i => i.LockVersion, i => i.LockVersion + 1), cancellationToken);
                var tracked = db.WorkflowInstances.Local.FirstOrDefault(i => i.Id == instanceRowId);
                if (tracked is not null)
                {
                    db.Entry(tracked).State = EntityState.Detached;
                }

                var instance = await db.WorkflowInstances.FirstOrDefaultAsync(i => i.Id == instanceRowId, cancellationToken);
                var definition = instance is null ? null : await cache.GetVersionAsync(db, instance.TypeVersionId, cancellationToken);
                return instance is null || definition is null ? null : await work(instance, definition);
            },
            cancellationToken);
    }

    private async Task<IAsyncDisposable?> AcquireAsync(string instanceId, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (await locks.TryAcquireAsync("workflow-instance:" + instanceId, TimeSpan.FromMinutes(2), cancellationToken) is { } handle)
            {
                return handle;
            }

            // Real time, not the host's TimeProvider: this waits for another thread, not for a schedule.
            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }

        return null;
    }

    private async Task<WorkflowRunResult> ExecuteAsync(
        WorkflowInstanceRecord instance,
        WorkflowTypeDefinition definition,
        WorkflowInstanceState state,
        ActivityDefinition first,
        bool resume,
        string? sourceActivityId,
        bool isRetry,
        CancellationToken cancellationToken)
    {
        var previous = Executing.Value ?? [];
        Executing.Value = previous.Add(instance.InstanceId);
        try
        {
            return await ExecuteCoreAsync(instance, definition, state, first, resume, sourceActivityId, isRetry, cancellationToken);
        }
        finally
        {
            Executing.Value = previous;
        }
    }

    private async Task<WorkflowRunResult> ExecuteCoreAsync(
        WorkflowInstanceRecord instance,
        WorkflowTypeDefinition definition,
        WorkflowInstanceState state,
        ActivityDefinition first,
        bool resume,
        string? sourceActivityId,
        bool isRetry,
        CancellationToken cancellationToken)
    {
        var journal = WorkflowJson.ParseJournal(instance.Journal);
        var halts = new List<(ActivityDefinition Activity, DateTime? Due, string? CorrelationId)>();
        var queue = new Queue<(ActivityDefinition Activity, bool Resume, string? Source)>();
        queue.Enqueue((first, resume, sourceActivityId));
        instance.Status = (int)WorkflowStatus.Running;
        instance.FaultMessage = null;
        state.FaultedActivityId = null;
        var correlationId = instance.CorrelationId;
        var steps = 0;
        var faulted = false;
        var retrying = isRetry;

        while (queue.TryDequeue(out var step))
        {
            var (activityDefinition, isResume, source) = step;
            var context = Context(activityDefinition, instance.InstanceId, definition, state.Input, state, correlationId, source, retrying);
            retrying = false;
            ActivityResult result;
            try
            {
                if (++steps > WorkflowConstants.MaxStepsPerRun)
                {
                    throw new WorkflowException($"Batas {WorkflowConstants.MaxStepsPerRun} langkah per jalan terlampaui; periksa perulangan pada diagram.");
                }

                var activity = library.Get(activityDefinition.Name)
                    ?? throw new WorkflowException($"Aktivitas '{activityDefinition.Name}' tidak dikenal atau fiturnya tidak aktif.");
                result = isResume && activity is WorkflowEvent ev
                    ? await ev.ResumeAsync(context, cancellationToken)
                    : await activity.ExecuteAsync(context, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                faulted = true;
                instance.FaultMessage = Truncate(ex.Message, 2000);
                state.FaultedActivityId = activityDefinition.Id;
                state.FaultedOnResume = isResume;
                state.FaultedSourceActivityId = source;
                journal.Add(new WorkflowJournalEntry { AtUtc = Now(), Kind = "faulted", ActivityId = activityDefinition.Id, ActivityName = activityDefinition.Name, Message = Truncate(ex.GetType().Name + ": " + ex.Message, 2000) });
                LogFaulted(logger, instance.InstanceId, activityDefinition.Id, ex);
                break;
            }

            correlationId = context.CorrelationId;
            state.LastResult = context.LastResult;
            if (result.Halted)
            {
                halts.Add((activityDefinition, result.DueUtc, correlationId));
                journal.Add(new WorkflowJournalEntry
                {
                    AtUtc = Now(),
                    Kind = "halted",
                    ActivityId = activityDefinition.Id,
                    ActivityName = activityDefinition.Name,
                    Message = Join(context.JournalNote, result.DueUtc is { } due ? $"Menunggu sampai {due:yyyy-MM-dd HH:mm} UTC" : "Menunggu peristiwa"),
                });
                continue;
            }

            journal.Add(new WorkflowJournalEntry
            {
                AtUtc = Now(),
                Kind = isResume ? "resumed" : "executed",
                ActivityId = activityDefinition.Id,
                ActivityName = activityDefinition.Name,
                Outcomes = [.. result.OutcomeNames],
                Message = context.JournalNote,
            });
            foreach (var outcome in result.OutcomeNames)
            {
                foreach (var transition in definition.Transitions.Where(t => t.Source == activityDefinition.Id && t.Outcome == outcome))
                {
                    if (definition.Activities.FirstOrDefault(a => a.Id == transition.Destination) is { } next)
                    {
                        queue.Enqueue((next, false, activityDefinition.Id));
                    }
                }
            }
        }

        instance.CorrelationId = correlationId;
        var now = Now();
        instance.ModifiedUtc = now;
        var isNew = instance.Id == 0;
        if (isNew && halts.Count == 0 && !faulted && !definition.KeepFinishedInstances)
        {
            // A run that finished at once, of a type that keeps no finished instances (high-volume routing): nothing to
            // store but what its activities changed.
            await db.SaveChangesAsync(cancellationToken);
            return new WorkflowRunResult(instance.InstanceId, instance.WorkflowTypeId, instance.Version, WorkflowStatus.Finished);
        }

        if (isNew)
        {
            db.WorkflowInstances.Add(instance);
        }

        if (halts.Count > 0 || faulted)
        {
            // A run that stays unfinished, or a wait: later events of this scope must look them up, even for a new id.
            Remember(instance.CorrelationId);
            foreach (var halt in halts)
            {
                Remember(halt.CorrelationId);
            }
        }

        if (journal.Count > WorkflowConstants.MaxJournalEntries)
        {
            journal.RemoveRange(0, journal.Count - WorkflowConstants.MaxJournalEntries);
        }

        instance.Journal = WorkflowJson.JournalToJson(journal);
        instance.State = state.ToJson();
        if (isNew && halts.Count == 0)
        {
            // A new instance that did not block: one insert with its final status.
            instance.Status = (int)(faulted ? WorkflowStatus.Faulted : WorkflowStatus.Finished);
            instance.FinishedUtc = faulted ? null : now;
            await db.SaveChangesAsync(cancellationToken);
            return new WorkflowRunResult(instance.InstanceId, instance.WorkflowTypeId, instance.Version, (WorkflowStatus)instance.Status);
        }

        await db.SaveChangesAsync(cancellationToken);

        foreach (var (activity, due, haltCorrelation) in halts)
        {
            db.WorkflowBlockingActivities.Add(new WorkflowBlockingActivityRecord
            {
                InstanceRowId = instance.Id,
                TypeVersionId = instance.TypeVersionId,
                WorkflowTypeId = instance.WorkflowTypeId,
                ActivityId = activity.Id,
                ActivityName = activity.Name,
                CorrelationId = haltCorrelation,
                DueUtc = due,
                CreatedUtc = now,
            });
        }

        var blocking = halts.Count > 0 || (!isNew && await db.WorkflowBlockingActivities.AnyAsync(b => b.InstanceRowId == instance.Id, cancellationToken));
        instance.Status = (int)(faulted ? WorkflowStatus.Faulted : blocking ? WorkflowStatus.Halted : WorkflowStatus.Finished);
        instance.FinishedUtc = instance.Status == (int)WorkflowStatus.Finished ? now : null;
        await db.SaveChangesAsync(cancellationToken);
        return new WorkflowRunResult(instance.InstanceId, instance.WorkflowTypeId, instance.Version, (WorkflowStatus)instance.Status);
    }

    private void Remember(string? correlationId)
    {
        if (correlationId is not null)
        {
            (_storedCorrelations ??= new(StringComparer.Ordinal)).Add(correlationId);
        }
    }

    private ActivityContext Context(ActivityDefinition activity, string instanceId, WorkflowTypeDefinition definition, JsonObject input, WorkflowInstanceState state, string? correlationId, string? source, bool isRetry) => new()
    {
        Activity = activity,
        Workflow = definition,
        InstanceId = instanceId,
        WorkflowTypeId = definition.WorkflowTypeId,
        WorkflowTypeVersion = definition.Version,
        CorrelationId = correlationId,
        Input = input,
        Properties = state.Properties,
        Output = state.Output,
        LastResult = state.LastResult,
        SourceActivityId = source,
        UtcNow = Now(),
        Services = services,
        IsRetry = isRetry,
    };

    private Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken) => db.InTransactionAsync(work, cancellationToken);

    private static string? LateNote(DateTime due, DateTime now, int missed) =>
        now - due < TimeSpan.FromMinutes(1)
            ? null
            : missed > 1
                ? $"Terlambat {Format(now - due)} (jatuh tempo {due:yyyy-MM-dd HH:mm} UTC); {missed} jadwal terlewat dijalankan sekali saja."
                : $"Terlambat {Format(now - due)} (jatuh tempo {due:yyyy-MM-dd HH:mm} UTC); dijalankan sekali sekarang.";

    private static string Format(TimeSpan span) =>
        span.TotalDays >= 1 ? $"{(int)span.TotalDays} hari {span.Hours} jam" : span.TotalHours >= 1 ? $"{(int)span.TotalHours} jam {span.Minutes} menit" : $"{(int)span.TotalMinutes} menit";

    private static string? Join(string? a, string? b) => string.IsNullOrEmpty(a) ? b : string.IsNullOrEmpty(b) ? a : a + " " + b;

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];

    private DateTime Now() => time.GetUtcNow().UtcDateTime;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Workflow event {Event} ignored: trigger depth {Depth} reached (recursion guard)")]
    private static partial void LogRecursion(ILogger logger, string @event, int depth);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Workflow instance {InstanceId} is locked by another run; event skipped")]
    private static partial void LogBusy(ILogger logger, string instanceId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Workflow instance {InstanceId} faulted at activity {ActivityId}")]
    private static partial void LogFaulted(ILogger logger, string instanceId, string activityId, Exception exception);

    private sealed record BlockedActivity(long InstanceRowId, string ActivityId);
}
