using System.Text.Json.Nodes;
using Bkn.Cms.Data;
using Bkn.Cms.Features;
using Bkn.Cms.Sop.Activities;
using Bkn.Cms.Sop.Models;
using Bkn.Cms.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Sop.Services;

/// <summary>
/// The SOP lifecycle as the workflow type "sop-siklus" (shipped in the module's recipe): one instance per SOP version,
/// correlated by the version's id, singleton per correlation. <see cref="SopService.MoveAsync"/> checks a move (permission,
/// rules, stamp), then raises <see cref="SopLifecycleEvent"/> in its transaction; the instance waiting for that action
/// resumes, its <see cref="SopStatusTask"/> applies the status and its notification tasks tell the next person.
/// <para>
/// What an administrator may change in the type (Alur Kerja → sop-siklus): the texts and recipients of notifications
/// and e-mails, extra activities between the steps (a log, a script, more notifications), the titles and layout, and
/// which actions an SOP waits for at each point (e.g. no return at all). Disabling the type, or a site without it, runs
/// the lifecycle in code alone, without notifications. What stays fixed in code: the statuses and the moves between
/// them (<see cref="SopLifecycle"/>), who may take each action in which unit, the validation rules before submission
/// and validation, the notes a return and a revocation need, the ratifier data and Tanggal Efektif, the concurrency
/// stamp, the audit entry, the replaced version ("Diganti") and the public search. A diagram that sets another status
/// than the move's faults and the move is refused with nothing saved; a move the SOP's instance does not wait for is
/// refused.
/// </para>
/// <para>
/// Versions without an instance (the sample register, SOPs of a site from before the type, or moved while the type was
/// off) get one on their next move, started at the activity that waits for that action; an instance that waits only for
/// actions its SOP's status no longer allows (the SOP moved while the type was off) is cancelled and replaced the same way.
/// </para>
/// </summary>
public sealed class SopWorkflow(DbContext db, IServiceProvider services, IFeatureChecker features)
{
    public const string TypeId = "sop-siklus";
    public const string WorkflowsFeatureId = "Bkn.Cms.Workflows";

    /// <summary>The latest version of "sop-siklus" when it exists, is enabled and workflows are on; null means the lifecycle runs in code alone.</summary>
    public async Task<WorkflowTypeDefinition?> ActiveAsync(CancellationToken ct)
    {
        if (!features.IsEnabled(WorkflowsFeatureId) || services.GetService<IWorkflowManager>() is null)
        {
            return null;
        }

        var row = await db.Set<WorkflowTypeRecord>().AsNoTracking().Where(t => t.WorkflowTypeId == TypeId && t.IsLatest)
            .Select(t => new { t.IsEnabled, t.Definition }).FirstOrDefaultAsync(ct);
        return row is { IsEnabled: true } ? WorkflowTypeDefinition.FromJson(row.Definition) : null;
    }

    /// <summary>
    /// Runs one move of <paramref name="sop"/> through its instance: resumes the instance waiting for the action, or
    /// starts one. Returns an Indonesian refusal, or null when the instance applied the move's status. The caller rolls
    /// the transaction back on a refusal.
    /// </summary>
    public async Task<string?> RunAsync(WorkflowTypeDefinition type, SopDocument sop, SopTransition move, JsonObject input, CancellationToken ct)
    {
        var manager = services.GetRequiredService<IWorkflowManager>();
        var correlation = sop.Id.ToString();
        var instances = await db.Set<WorkflowInstanceRecord>().AsNoTracking()
            .Where(i => i.CorrelationId == correlation && i.WorkflowTypeId == TypeId && i.Status != (int)WorkflowStatus.Finished && i.Status != (int)WorkflowStatus.Cancelled)
            .Select(i => new { i.Id, i.InstanceId, i.Status }).ToListAsync(ct);
        if (instances.Any(i => i.Status == (int)WorkflowStatus.Faulted))
        {
            return $"Alur kerja siklus SOP ini terhenti karena kesalahan. Minta administrator memeriksa dan mengulang instansnya di menu Alur Kerja (\"{TypeId}\").";
        }

        IReadOnlyList<WorkflowRunResult> runs;
        if (instances.Count == 0)
        {
            (runs, var refused) = await StartAsync(manager, type, sop, move.Action, input, ct);
            if (refused is not null)
            {
                return refused;
            }
        }
        else
        {
            var waits = await WaitsAsync([.. instances.Select(i => i.Id)], ct);
            if (waits.Contains(move.Action))
            {
                runs = await manager.TriggerEventAsync(SopLifecycleEvent.EventName, input, correlation, ct);
            }
            else if (waits.Count > 0 && !waits.Any(a => SopLifecycle.Find(sop.Status, a) is not null))
            {
                // Out of step: the SOP moved while the type was off. Replace the instance by one at the SOP's status.
                foreach (var instance in instances)
                {
                    await manager.CancelAsync(instance.InstanceId, ct);
                }

                (runs, var refused) = await StartAsync(manager, type, sop, move.Action, input, ct);
                if (refused is not null)
                {
                    return refused;
                }
            }
            else
            {
                return waits.Count == 0
                    ? "Alur kerja siklus SOP ini sedang tidak menunggu tindakan; coba lagi sebentar lagi atau minta administrator memeriksanya di menu Alur Kerja."
                    : $"Alur kerja siklus SOP ini sedang menunggu tindakan {string.Join(" atau ", waits.Select(a => $"\"{SopLifecycle.Label(a)}\""))}; tindakan \"{SopLifecycle.Label(move.Action)}\" belum dapat dilakukan.";
            }
        }

        if (runs.FirstOrDefault(r => r.Status == WorkflowStatus.Faulted) is { } faulted)
        {
            var reason = await db.Set<WorkflowInstanceRecord>().AsNoTracking().Where(i => i.InstanceId == faulted.InstanceId).Select(i => i.FaultMessage).FirstOrDefaultAsync(ct);
            return $"Langkah otomatis alur kerja siklus SOP gagal: {reason} Tidak ada yang disimpan.";
        }

        return sop.Status == move.To
            ? null
            : $"Alur kerja siklus SOP tidak menerapkan status \"{SopStatuses.Label(move.To)}\"; periksa alur kerja \"{TypeId}\" di menu Alur Kerja. Tidak ada yang disimpan.";
    }

    /// <summary>
    /// The actions the SOP's instance waits for (the editor offers only these), or null when the lifecycle table alone
    /// decides: no enabled type, no instance yet, a faulted one, or one out of step with the SOP (its next move replaces it).
    /// </summary>
    public async Task<IReadOnlyList<SopAction>?> AwaitedAsync(SopDocument sop, CancellationToken ct)
    {
        if (await ActiveAsync(ct) is null)
        {
            return null;
        }

        var correlation = sop.Id.ToString();
        var instances = await db.Set<WorkflowInstanceRecord>().AsNoTracking()
            .Where(i => i.CorrelationId == correlation && i.WorkflowTypeId == TypeId && i.Status != (int)WorkflowStatus.Finished && i.Status != (int)WorkflowStatus.Cancelled)
            .Select(i => new { i.Id, i.Status }).ToListAsync(ct);
        if (instances.Count == 0 || instances.Any(i => i.Status == (int)WorkflowStatus.Faulted))
        {
            return null;
        }

        var waits = await WaitsAsync([.. instances.Select(i => i.Id)], ct);
        return waits.Any(a => SopLifecycle.Find(sop.Status, a) is not null) ? waits : null;
    }

    /// <summary>Cancels the waiting instances of versions the registry retired (replaced by a ratified revision).</summary>
    public async Task RetireAsync(IReadOnlyCollection<Guid> sopIds, CancellationToken ct)
    {
        if (sopIds.Count == 0 || services.GetService<IWorkflowManager>() is not { } manager || !features.IsEnabled(WorkflowsFeatureId))
        {
            return;
        }

        var correlations = sopIds.Select(i => i.ToString()).ToList();
        var instances = await db.Set<WorkflowInstanceRecord>().AsNoTracking()
            .Where(i => i.CorrelationId != null && correlations.Contains(i.CorrelationId) && i.WorkflowTypeId == TypeId && i.Status == (int)WorkflowStatus.Halted)
            .Select(i => i.InstanceId).ToListAsync(ct);
        foreach (var instance in instances)
        {
            await manager.CancelAsync(instance, ct);
        }
    }

    /// <summary>The actions the instances' blocking lifecycle events wait for.</summary>
    private async Task<List<SopAction>> WaitsAsync(List<long> instanceRowIds, CancellationToken ct)
    {
        var rows = await db.Set<WorkflowBlockingActivityRecord>().AsNoTracking()
            .Where(b => b.InstanceRowId != null && instanceRowIds.Contains(b.InstanceRowId.Value) && b.ActivityName == SopLifecycleEvent.EventName && b.DueUtc == null)
            .Select(b => new { b.TypeVersionId, b.ActivityId }).ToListAsync(ct);
        var actions = new List<SopAction>();
        foreach (var version in rows.GroupBy(r => r.TypeVersionId))
        {
            var json = await db.Set<WorkflowTypeRecord>().AsNoTracking().Where(t => t.Id == version.Key).Select(t => t.Definition).FirstOrDefaultAsync(ct);
            if (json is null)
            {
                continue;
            }

            var definition = WorkflowTypeDefinition.FromJson(json);
            foreach (var row in version)
            {
                if (definition.Activities.FirstOrDefault(a => a.Id == row.ActivityId) is { } activity)
                {
                    actions.AddRange(SopLifecycleEvent.Actions(activity));
                }
            }
        }

        return [.. actions.Distinct()];
    }

    /// <summary>
    /// A version without an instance: the first submission of a draft raises the start event; any other move starts the
    /// type at the activity that waits for that action (a resubmission's rather than the start's).
    /// </summary>
    private async Task<(IReadOnlyList<WorkflowRunResult> Runs, string? Refused)> StartAsync(IWorkflowManager manager, WorkflowTypeDefinition type, SopDocument sop, SopAction action, JsonObject input, CancellationToken ct)
    {
        var candidates = type.Activities.Where(a => a.Name == SopLifecycleEvent.EventName && SopLifecycleEvent.Actions(a).Contains(action)).ToList();
        if (sop.Status == SopStatus.Draf && candidates.Any(a => a.IsStart))
        {
            return (await manager.TriggerEventAsync(SopLifecycleEvent.EventName, input, sop.Id.ToString(), ct), null);
        }

        var at = candidates.OrderBy(a => a.IsStart ? 1 : 0).FirstOrDefault();
        if (at is null)
        {
            return ([], $"Alur kerja \"{TypeId}\" tidak menyediakan tindakan \"{SopLifecycle.Label(action)}\"; minta administrator memeriksanya di menu Alur Kerja.");
        }

        return ([await manager.StartAsync(TypeId, at.Id, input, sop.Id.ToString(), ct)], null);
    }
}
