using Bkn.Cms.Audit;
using Bkn.Cms.Data;
using Bkn.Cms.Modules;
using Bkn.Cms.State;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Bkn.Cms.Features;

/// <summary>
/// Switches features on and off, platform-wide and per unit, with their dependency closures.
/// Writes join the caller's transaction when there is one (recipes), else use their own.
/// </summary>
public sealed partial class FeatureManager(CmsDbContext db, ModuleCatalog catalog, FeatureStateCache cache, StateStamps stamps, IAuditTrail audit, TimeProvider time, ILogger<FeatureManager> logger) : IFeatureManager
{
    /// <summary>What enabling would switch on, without changing anything (for the confirmation page).</summary>
    public IReadOnlyList<FeatureChange> PreviewEnable(IEnumerable<string> featureIds) => PlanEnable(featureIds, cache.Snapshot.Enabled);

    /// <summary>What disabling would switch off, without changing anything.</summary>
    public IReadOnlyList<FeatureChange> PreviewDisable(IEnumerable<string> featureIds) => PlanDisable(featureIds, cache.Snapshot.Enabled);

    public async Task<IReadOnlyList<FeatureChange>> EnableAsync(IEnumerable<string> featureIds, CancellationToken cancellationToken)
    {
        var changes = PlanEnable(featureIds, await EnabledInDatabaseAsync(cancellationToken));
        await WriteAsync(changes, cancellationToken);
        return changes;
    }

    public async Task<IReadOnlyList<FeatureChange>> DisableAsync(IEnumerable<string> featureIds, CancellationToken cancellationToken)
    {
        var changes = PlanDisable(featureIds, await EnabledInDatabaseAsync(cancellationToken));
        await WriteAsync(changes, cancellationToken);
        return changes;
    }

    private List<FeatureChange> PlanEnable(IEnumerable<string> featureIds, IReadOnlySet<string> enabled) =>
        [.. catalog.Resolver.ToEnable(Known(featureIds), enabled).Select(id => Change(id, true))];

    private List<FeatureChange> PlanDisable(IEnumerable<string> featureIds, IReadOnlySet<string> enabled)
    {
        var ids = Known(featureIds);
        var changes = catalog.Resolver.ToDisable(ids, enabled);
        var locked = changes.Select(id => catalog.FindFeature(id)!).Where(f => f.AlwaysEnabled).ToList();
        if (locked.Count > 0)
        {
            throw new FeatureOperationException($"Fitur {string.Join(", ", locked.Select(f => f.Name))} selalu aktif dan tidak dapat dinonaktifkan.");
        }

        return [.. changes.Select(id => Change(id, false))];
    }

    /// <summary>
    /// Switches a unit-scoped feature for a unit and its subtree. Enabling also enables the feature's unit-scoped
    /// dependencies for that unit; disabling also disables its unit-scoped dependents there.
    /// </summary>
    public async Task<IReadOnlyList<FeatureChange>> SetForUnitAsync(Guid unitId, string featureId, bool enabled, CancellationToken cancellationToken)
    {
        var feature = catalog.FindFeature(featureId) ?? throw new FeatureOperationException($"Fitur '{featureId}' tidak dikenal.", isUnknown: true);
        if (!feature.UnitScoped)
        {
            throw new FeatureOperationException($"Fitur {feature.Name} berlaku untuk seluruh platform dan tidak dapat diatur per unit.");
        }

        if (!await db.Units.AnyAsync(u => u.Id == unitId, cancellationToken))
        {
            throw new FeatureOperationException("Unit kerja tidak ditemukan.", isUnknown: true);
        }

        var closure = enabled
            ? catalog.Resolver.DependencyClosure([featureId])
            : catalog.Resolver.DependentClosure([featureId]);
        var affected = catalog.Features.Where(f => f.UnitScoped && closure.Contains(f.Id)).ToList();
        if (enabled)
        {
            var platform = await EnabledInDatabaseAsync(cancellationToken);
            var off = affected.Where(f => !platform.Contains(f.Id)).Select(f => f.Name).ToList();
            if (off.Count > 0)
            {
                throw new FeatureOperationException($"Aktifkan dahulu fitur {string.Join(", ", off)} untuk seluruh platform.");
            }
        }

        var changes = new List<FeatureChange>();
        await InTransactionAsync(
            async () =>
            {
                foreach (var f in affected)
                {
                    var row = await db.UnitFeatureStates.FirstOrDefaultAsync(r => r.UnitId == unitId && r.FeatureId == f.Id, cancellationToken);
                    if (row is null)
                    {
                        db.UnitFeatureStates.Add(row = new UnitFeatureStateRecord { UnitId = unitId, FeatureId = f.Id });
                    }
                    else if (row.Enabled == enabled)
                    {
                        continue;
                    }

                    row.Enabled = enabled;
                    row.ModifiedUtc = time.GetUtcNow().UtcDateTime;
                    changes.Add(new FeatureChange(f.Id, f.Name, enabled));
                    await audit.RecordAsync(
                        new AuditEvent(AuditCategories.Configuration, enabled ? "feature.unit.enabled" : "feature.unit.disabled", $"Fitur {f.Name} {(enabled ? "diaktifkan" : "dinonaktifkan")} untuk unit") { UnitId = unitId },
                        cancellationToken);
                }

                await db.SaveChangesAsync(cancellationToken);
                await StateStamps.BumpAsync(db, StampNames.Features, cancellationToken);
            },
            cancellationToken);
        LogUnitChanged(logger, featureId, unitId, enabled);
        return changes;
    }

    /// <summary>Removes a unit's own switch so that it inherits from its parent again.</summary>
    public async Task InheritForUnitAsync(Guid unitId, string featureId, CancellationToken cancellationToken)
    {
        await InTransactionAsync(
            async () =>
            {
                await db.UnitFeatureStates.Where(r => r.UnitId == unitId && r.FeatureId == featureId).ExecuteDeleteAsync(cancellationToken);
                await StateStamps.BumpAsync(db, StampNames.Features, cancellationToken);
            },
            cancellationToken);
    }

    private async Task WriteAsync(IReadOnlyList<FeatureChange> changes, CancellationToken cancellationToken)
    {
        if (changes.Count == 0)
        {
            return;
        }

        await InTransactionAsync(
            async () =>
            {
                foreach (var change in changes)
                {
                    var row = await db.FeatureStates.FindAsync([change.Id], cancellationToken);
                    if (row is null)
                    {
                        db.FeatureStates.Add(row = new FeatureStateRecord { FeatureId = change.Id });
                    }

                    row.Enabled = change.Enabled;
                    row.ModifiedUtc = time.GetUtcNow().UtcDateTime;
                    await audit.RecordAsync(
                        new AuditEvent(AuditCategories.Configuration, change.Enabled ? "feature.enabled" : "feature.disabled", $"Fitur {change.Name} {(change.Enabled ? "diaktifkan" : "dinonaktifkan")}"),
                        cancellationToken);
                }

                await db.SaveChangesAsync(cancellationToken);
                await StateStamps.BumpAsync(db, StampNames.Features, cancellationToken);
            },
            cancellationToken);
        foreach (var change in changes)
        {
            LogChanged(logger, change.Id, change.Enabled);
        }
    }

    private async Task InTransactionAsync(Func<Task> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            // Part of a larger unit of work (a recipe); its owner commits and syncs. Later steps must already see
            // the new state (a rollback reloads the caches).
            await work();
            await cache.ReloadAsync(db, cancellationToken);
            return;
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await work();
            await transaction.CommitAsync(cancellationToken);
        }

        await stamps.CommittedAsync(cancellationToken);
    }

    private List<string> Known(IEnumerable<string> featureIds)
    {
        var ids = featureIds.Distinct(StringComparer.Ordinal).ToList();
        var unknown = ids.Where(id => catalog.FindFeature(id) is null).ToList();
        if (unknown.Count > 0)
        {
            throw new FeatureOperationException($"Fitur tidak dikenal: {string.Join(", ", unknown)}.", isUnknown: true);
        }

        return ids;
    }

    private async Task<IReadOnlySet<string>> EnabledInDatabaseAsync(CancellationToken cancellationToken)
    {
        var rows = await db.FeatureStates.Where(f => f.Enabled).Select(f => f.FeatureId).ToListAsync(cancellationToken);
        var enabled = new HashSet<string>(rows, StringComparer.Ordinal);
        enabled.UnionWith(catalog.Features.Where(f => f.AlwaysEnabled).Select(f => f.Id));
        return enabled;
    }

    private FeatureChange Change(string id, bool enabled) => new(id, catalog.FindFeature(id)!.Name, enabled);

    [LoggerMessage(Level = LogLevel.Information, Message = "Feature {FeatureId} enabled={Enabled}")]
    private static partial void LogChanged(ILogger logger, string featureId, bool enabled);

    [LoggerMessage(Level = LogLevel.Information, Message = "Feature {FeatureId} for unit {UnitId} enabled={Enabled}")]
    private static partial void LogUnitChanged(ILogger logger, string featureId, Guid unitId, bool enabled);
}
