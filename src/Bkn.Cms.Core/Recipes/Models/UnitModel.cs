namespace Bkn.Cms.Recipes.Models;

/// <summary>A unit of a <see cref="UnitsStep"/>, with its sub-units.</summary>
public sealed class UnitModel
{
    public string? Code { get; init; }

    public string? Name { get; init; }

    public string? Kind { get; init; }

    /// <summary>Code of an existing parent unit (top-level entries only).</summary>
    public string? Parent { get; init; }

    public List<UnitModel> Children { get; init; } = [];
}
