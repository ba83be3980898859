namespace Bkn.Cms.Recipes.Models;

/// <summary>The JSON of <see cref="FeatureStep"/>.</summary>
public sealed class FeatureStepModel
{
    public List<string> Enable { get; init; } = [];

    public List<string> Disable { get; init; } = [];

    public List<UnitFeatureSwitchModel> Units { get; init; } = [];
}
