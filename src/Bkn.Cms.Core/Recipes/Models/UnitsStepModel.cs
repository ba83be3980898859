namespace Bkn.Cms.Recipes.Models;

/// <summary>The JSON of <see cref="UnitsStep"/>.</summary>
public sealed class UnitsStepModel
{
    public List<UnitModel> Units { get; init; } = [];
}
