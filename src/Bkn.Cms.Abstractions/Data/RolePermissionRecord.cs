using Bkn.Cms.Security;

namespace Bkn.Cms.Data;

/// <summary>A grant of one permission to one role, with its unit scope.</summary>
public sealed class RolePermissionRecord
{
    public string RoleId { get; set; } = "";

    public string Permission { get; set; } = "";

    public PermissionScope Scope { get; set; }
}
