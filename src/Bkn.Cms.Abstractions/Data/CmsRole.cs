using Microsoft.AspNetCore.Identity;

namespace Bkn.Cms.Data;

/// <summary>A role; its permissions are rows of <see cref="RolePermissionRecord"/>.</summary>
public sealed class CmsRole : IdentityRole
{
    public string Description { get; set; } = "";

    /// <summary>The Administrator role holds every permission in every unit and cannot be edited away.</summary>
    public bool IsSystem { get; set; }
}
