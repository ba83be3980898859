using Bkn.Cms.Data;
using Bkn.Cms.Modules;
using Bkn.Cms.State;
using Bkn.Cms.Units;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Features;

/// <summary>The node's copy of the feature state; reloaded when the "features" stamp moves.</summary>
public sealed class FeatureStateCache(ModuleCatalog catalog, FeatureServiceMap serviceMap, UnitTreeCache units) : IFeatureChecker, IStampedCache
{
    private volatile FeatureStateSnapshot _snapshot = FeatureStateSnapshot.Empty;

    public string StampName => StampNames.Features;

    public FeatureStateSnapshot Snapshot => _snapshot;

    public bool IsEnabled(string featureId) => _snapshot.Enabled.Contains(featureId);

    public bool IsEnabledForUnit(string featureId, Guid? unitId)
    {
        var snapshot = _snapshot;
        if (!snapshot.Enabled.Contains(featureId))
        {
            return false;
        }

        if (unitId is not { } unit || !snapshot.UnitSwitches.TryGetValue(featureId, out var switches))
        {
            return true;
        }

        // Walk up from the unit: the nearest unit with its own switch decides (no allocation on this hot path).
        var tree = units.Current;
        Guid? current = unit;
        for (var depth = 0; current is { } id && depth < 64; depth++)
        {
            if (switches.TryGetValue(id, out var enabled))
            {
                return enabled;
            }

            current = tree.Find(id)?.ParentId;
        }

        return true;
    }

    /// <summary>The explicit switch of a unit itself, or null when it inherits.</summary>
    public bool? ExplicitUnitSwitch(string featureId, Guid unitId) =>
        _snapshot.UnitSwitches.TryGetValue(featureId, out var switches) && switches.TryGetValue(unitId, out var enabled) ? enabled : null;

    public string? FeatureOf(Type implementationType) => serviceMap.FeatureOf(implementationType);

    public async Task ReloadAsync(DbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.Set<FeatureStateRecord>().AsNoTracking().ToListAsync(cancellationToken);
        var enabled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var feature in catalog.Features)
        {
            if (feature.AlwaysEnabled || rows.Any(r => r.FeatureId == feature.Id && r.Enabled))
            {
                enabled.Add(feature.Id);
            }
        }

        var unitRows = await db.Set<UnitFeatureStateRecord>().AsNoTracking().ToListAsync(cancellationToken);
        var switches = unitRows
            .GroupBy(r => r.FeatureId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<Guid, bool>)g.ToDictionary(r => r.UnitId, r => r.Enabled), StringComparer.Ordinal);
        _snapshot = new FeatureStateSnapshot(enabled, switches);
    }
}
