using System.Collections.Concurrent;
using Bkn.Cms.Data;
using Bkn.Cms.State;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Workflows;

/// <summary>
/// The latest version of every enabled workflow type and, per event name, the start activities that listen to it,
/// so that a trigger finds its types without a query. Reloaded when the "workflows" stamp moves on any node.
/// Versions are immutable, so parsed versions (for pinned instances) are cached by row id for good.
/// </summary>
public sealed class WorkflowTypeCache : IStampedCache
{
    private readonly ConcurrentDictionary<long, WorkflowTypeDefinition> _versions = new();
    private volatile Snapshot _snapshot = new([], new Dictionary<string, IReadOnlyList<StartActivity>>(StringComparer.Ordinal));

    public string StampName => StampNames.Workflows;

    public IReadOnlyList<CachedWorkflowType> Enabled => _snapshot.Enabled;

    public IReadOnlyList<StartActivity> StartsFor(string eventName) =>
        _snapshot.Starts.TryGetValue(eventName, out var starts) ? starts : [];

    public async Task<WorkflowTypeDefinition?> GetVersionAsync(CmsDbContext db, long typeVersionId, CancellationToken cancellationToken)
    {
        if (_versions.TryGetValue(typeVersionId, out var cached))
        {
            return cached;
        }

        var row = await db.Set<WorkflowTypeRecord>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == typeVersionId, cancellationToken);
        return row is null ? null : _versions.GetOrAdd(typeVersionId, _ => Parse(row));
    }

    public async Task ReloadAsync(DbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.Set<WorkflowTypeRecord>().AsNoTracking().Where(t => t.IsLatest && t.IsEnabled).ToListAsync(cancellationToken);
        var enabled = rows.Select(r => new CachedWorkflowType(r.Id, _versions.GetOrAdd(r.Id, _ => Parse(r)))).ToList();
        var starts = enabled
            .SelectMany(t => t.Definition.Activities.Where(a => a.IsStart).Select(a => new StartActivity(t, a)))
            .GroupBy(s => s.Activity.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<StartActivity>)[.. g], StringComparer.Ordinal);
        _snapshot = new Snapshot(enabled, starts);
    }

    internal static WorkflowTypeDefinition Parse(WorkflowTypeRecord row)
    {
        var definition = WorkflowTypeDefinition.FromJson(row.Definition);
        definition.WorkflowTypeId = row.WorkflowTypeId;
        definition.Version = row.Version;
        definition.Name = row.Name;
        definition.IsEnabled = row.IsEnabled;
        return definition;
    }

    private sealed record Snapshot(IReadOnlyList<CachedWorkflowType> Enabled, IReadOnlyDictionary<string, IReadOnlyList<StartActivity>> Starts);
}

