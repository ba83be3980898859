namespace Bkn.Cms.Data;

/// <summary>An explicit per-unit switch of a unit-scoped feature; it applies to the unit's subtree.</summary>
public sealed class UnitFeatureStateRecord
{
    public Guid UnitId { get; set; }

    public string FeatureId { get; set; } = "";

    public bool Enabled { get; set; }

    public DateTime ModifiedUtc { get; set; }
}
