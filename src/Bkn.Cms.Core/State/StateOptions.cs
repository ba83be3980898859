namespace Bkn.Cms.State;

/// <summary>Configuration section "State".</summary>
public sealed class StateOptions
{
    /// <summary>How often a node checks whether another node changed features, units, security or settings.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
}
