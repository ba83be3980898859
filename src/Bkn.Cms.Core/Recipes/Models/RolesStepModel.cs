namespace Bkn.Cms.Recipes.Models;

/// <summary>The JSON of <see cref="RolesStep"/>.</summary>
public sealed class RolesStepModel
{
    public List<RoleModel> Roles { get; init; } = [];
}
