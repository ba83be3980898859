namespace Bkn.Cms.Data;

/// <summary>A version counter per cached area (features, units, security, settings); nodes poll it to stay in step.</summary>
public sealed class StateStampRecord
{
    public string Name { get; set; } = "";

    public long Version { get; set; }
}
