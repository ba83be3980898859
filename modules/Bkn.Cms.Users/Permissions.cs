using Bkn.Cms.Security;

namespace Bkn.Cms.Users;

/// <summary>Permissions of the users module.</summary>
public sealed class Permissions : IPermissionProvider
{
    public const string ManageUsersName = "ManageUsers";
    public const string ManageRolesName = "ManageRoles";

    public static readonly Permission ManageUsers = new(ManageUsersName, "Kelola pengguna", "Keamanan");
    // Roles are shared by every unit: editing one acts on the whole site.
    public static readonly Permission ManageRoles = new(ManageRolesName, "Kelola peran dan izin", "Keamanan") { Global = true };

    public IEnumerable<Permission> GetPermissions() => [ManageUsers, ManageRoles];
}
