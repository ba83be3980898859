namespace Bkn.Cms.Recipes.Models;

/// <summary>A role of a <see cref="RolesStep"/>.</summary>
public sealed class RoleModel
{
    public string? Name { get; init; }

    public string? Description { get; init; }

    /// <summary>A system role holds every permission in every unit; unchanged when absent.</summary>
    public bool? System { get; init; }

    /// <summary>Whether the modules' default grants for this role name are added (default true).</summary>
    public bool Stereotypes { get; init; } = true;

    public List<RolePermissionModel> Permissions { get; init; } = [];
}
