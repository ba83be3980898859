using Bkn.Cms.Security;

namespace Bkn.Cms.Users;

/// <summary>Permissions of the users module.</summary>
public sealed class Permissions : IPermissionProvider
{
    public const string ManageUsersName = "ManageUsers";
    public const string ManageRolesName = "ManageRoles";

    public static readonly Permission ManageUsers = new(ManageUsersName, "Kelola pengguna", "Keamanan");
    public static readonly Permission ManageRoles = new(ManageRolesName, "Kelola peran dan izin", "Keamanan");

    public IEnumerable<Permission> GetPermissions() => [ManageUsers, ManageRoles];
}
