using System.Security.Claims;
using System.Text.Json.Nodes;
using Bkn.Cms.Data;
using Bkn.Cms.State;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Workflows;

/// <summary>
/// Saves workflow types as immutable versions: a changed definition becomes a new version, an unchanged one is left
/// alone (so recipes are idempotent). Keeps the durable start timers of time-driven start events in step.
/// </summary>
public sealed class WorkflowTypeStore(
    CmsDbContext db,
    WorkflowValidator validator,
    WorkflowActivityLibrary library,
    WorkflowTypeCache cache,
    StateStamps stamps,
    IHttpContextAccessor httpContext,
    TimeProvider time) : IWorkflowTypeStore
{
    public Task<List<WorkflowTypeRecord>> ListLatestAsync(CancellationToken cancellationToken) =>
        db.WorkflowTypes.AsNoTracking().Where(t => t.IsLatest).OrderBy(t => t.Name).ToListAsync(cancellationToken);

    /// <summary>The latest version, or the given one.</summary>
    public async Task<WorkflowTypeDefinition?> GetAsync(string workflowTypeId, int? version = null, CancellationToken cancellationToken = default)
    {
        var row = await db.WorkflowTypes.AsNoTracking()
            .Where(t => t.WorkflowTypeId == workflowTypeId && (version == null ? t.IsLatest : t.Version == version))
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : WorkflowTypeCache.Parse(row);
    }

    public Task<List<WorkflowTypeRecord>> ListVersionsAsync(string workflowTypeId, CancellationToken cancellationToken) =>
        db.WorkflowTypes.AsNoTracking().Where(t => t.WorkflowTypeId == workflowTypeId).OrderByDescending(t => t.Version).ToListAsync(cancellationToken);

    /// <summary>Validates and stores the definition as a new version (unless it equals the latest). Throws <see cref="WorkflowException"/> when invalid.</summary>
    public async Task<WorkflowTypeRecord> SaveAsync(WorkflowTypeDefinition definition, CancellationToken cancellationToken)
    {
        definition = definition.Clone();
        definition.WorkflowTypeId = definition.WorkflowTypeId?.Trim() ?? "";
        definition.Name = definition.Name?.Trim() ?? "";
        var errors = validator.Validate(definition);
        if (errors.Count > 0)
        {
            throw new WorkflowException(errors);
        }

        return await InTransactionAsync(
            async () =>
            {
                var latest = await db.WorkflowTypes.FirstOrDefaultAsync(t => t.WorkflowTypeId == definition.WorkflowTypeId && t.IsLatest, cancellationToken);
                if (latest is not null && SameGraph(WorkflowTypeCache.Parse(latest), definition))
                {
                    if (latest.IsEnabled != definition.IsEnabled)
                    {
                        latest.IsEnabled = definition.IsEnabled;
                        await db.SaveChangesAsync(cancellationToken);
                        await SyncStartTimersAsync(latest, definition, cancellationToken);
                    }

                    return latest;
                }

                if (latest is not null)
                {
                    // Two saves: the filtered unique index allows one latest row per type at any moment.
                    latest.IsLatest = false;
                    await db.SaveChangesAsync(cancellationToken);
                }

                definition.Version = (latest?.Version ?? 0) + 1;
                var row = new WorkflowTypeRecord
                {
                    WorkflowTypeId = definition.WorkflowTypeId,
                    Version = definition.Version,
                    Name = definition.Name,
                    IsLatest = true,
                    IsEnabled = definition.IsEnabled,
                    Definition = definition.ToJson(),
                    CreatedUtc = time.GetUtcNow().UtcDateTime,
                    CreatedBy = httpContext.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier),
                };
                db.WorkflowTypes.Add(row);
                await db.SaveChangesAsync(cancellationToken);
                await SyncStartTimersAsync(row, definition, cancellationToken);
                return row;
            },
            cancellationToken);
    }

    public async Task SetEnabledAsync(string workflowTypeId, bool enabled, CancellationToken cancellationToken)
    {
        await InTransactionAsync(
            async () =>
            {
                var latest = await db.WorkflowTypes.FirstOrDefaultAsync(t => t.WorkflowTypeId == workflowTypeId && t.IsLatest, cancellationToken)
                    ?? throw new WorkflowException("Alur kerja tidak ditemukan.");
                latest.IsEnabled = enabled;
                await db.SaveChangesAsync(cancellationToken);
                await SyncStartTimersAsync(latest, WorkflowTypeCache.Parse(latest), cancellationToken);
                return latest;
            },
            cancellationToken);
    }

    /// <summary>Compares what matters for execution, ignoring version and enabled state.</summary>
    private static bool SameGraph(WorkflowTypeDefinition a, WorkflowTypeDefinition b)
    {
        static JsonNode? Normal(WorkflowTypeDefinition d)
        {
            var copy = d.Clone();
            copy.Version = 0;
            copy.IsEnabled = true;
            return JsonNode.Parse(copy.ToJson());
        }

        return JsonNode.DeepEquals(Normal(a), Normal(b));
    }

    /// <summary>One start timer per time-driven start event of the latest version while the type is enabled.</summary>
    private async Task SyncStartTimersAsync(WorkflowTypeRecord row, WorkflowTypeDefinition definition, CancellationToken cancellationToken)
    {
        var existing = await db.WorkflowBlockingActivities
            .Where(b => b.WorkflowTypeId == row.WorkflowTypeId && b.InstanceRowId == null)
            .ToListAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var wanted = new List<WorkflowBlockingActivityRecord>();
        if (row.IsEnabled)
        {
            foreach (var activity in definition.Activities.Where(a => a.IsStart))
            {
                if (library.Get(activity.Name) is WorkflowEvent ev && ev.GetStartDueUtc(activity, now) is { } due)
                {
                    // Keep the pending due time when the schedule did not change, so an edit does not skip or repeat a firing.
                    var kept = existing.FirstOrDefault(e => e.ActivityId == activity.Id && e.ActivityName == activity.Name && e.TypeVersionId == row.Id);
                    wanted.Add(kept ?? new WorkflowBlockingActivityRecord
                    {
                        TypeVersionId = row.Id,
                        WorkflowTypeId = row.WorkflowTypeId,
                        ActivityId = activity.Id,
                        ActivityName = activity.Name,
                        DueUtc = due,
                        CreatedUtc = now,
                    });
                }
            }
        }

        db.WorkflowBlockingActivities.RemoveRange(existing.Except(wanted));
        db.WorkflowBlockingActivities.AddRange(wanted.Except(existing));
        await db.SaveChangesAsync(cancellationToken);
        await StateStamps.BumpAsync(db, StampNames.Workflows, cancellationToken);
        await cache.ReloadAsync(db, cancellationToken);
    }

    private Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken) =>
        db.InTransactionAsync(work, cancellationToken, () => stamps.CommittedAsync(cancellationToken), () => cache.ReloadAsync(db, CancellationToken.None));
}
