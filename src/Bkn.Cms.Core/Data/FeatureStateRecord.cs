namespace Bkn.Cms.Data;

/// <summary>Platform-level state of a feature; a missing row means disabled (unless always enabled).</summary>
public sealed class FeatureStateRecord
{
    public string FeatureId { get; set; } = "";

    public bool Enabled { get; set; }

    public DateTime ModifiedUtc { get; set; }
}
