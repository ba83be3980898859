namespace Bkn.Cms.Features;

/// <summary>One feature switched on or off by an operation.</summary>
public sealed record FeatureChange(string Id, string Name, bool Enabled);
