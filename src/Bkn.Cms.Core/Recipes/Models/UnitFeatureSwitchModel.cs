namespace Bkn.Cms.Recipes.Models;

/// <summary>Features switched for one unit (by code) in a <see cref="FeatureStep"/>.</summary>
public sealed class UnitFeatureSwitchModel
{
    public string? Unit { get; init; }

    public List<string> Enable { get; init; } = [];

    public List<string> Disable { get; init; } = [];
}
