namespace Bkn.Cms.Features;

/// <summary>Immutable feature state: the platform-enabled set and explicit per-unit switches.</summary>
public sealed record FeatureStateSnapshot(
    IReadOnlySet<string> Enabled,
    IReadOnlyDictionary<string, IReadOnlyDictionary<Guid, bool>> UnitSwitches)
{
    public static readonly FeatureStateSnapshot Empty = new(new HashSet<string>(), new Dictionary<string, IReadOnlyDictionary<Guid, bool>>());
}
