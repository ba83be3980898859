using System.Text.Json.Serialization;

namespace Bkn.Cms.Recipes.Models;

/// <summary>A grant of a <see cref="RoleModel"/>: <c>"Name"</c> (own unit) or <c>{"name","scope":"AllUnits"}</c>.</summary>
[JsonConverter(typeof(RolePermissionModelConverter))]
public sealed class RolePermissionModel
{
    public string? Name { get; init; }

    /// <summary>"OwnUnit" (default) or "AllUnits".</summary>
    public string? Scope { get; init; }
}
