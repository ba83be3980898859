using Bkn.Cms.Navigation;

namespace Bkn.Cms.Users;

/// <summary>Admin menu entries of the users module.</summary>
public sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new(AdminMenuGroups.Security, "Pengguna", "/admin/pengguna", Permissions.ManageUsers, 10),
        new(AdminMenuGroups.Security, "Peran", "/admin/peran", Permissions.ManageRoles, 20),
    ];
}
