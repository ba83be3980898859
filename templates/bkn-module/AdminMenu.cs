using Bkn.Cms.Navigation;

namespace Bkn.Cms.ModulContoh;

/// <summary>Admin menu entry of the module: its items in the content list.</summary>
public sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new(AdminMenuGroups.Content, "Nama Tampilan Contoh", ModulContohRoutes.Admin, Permissions.ManageModulContoh, 50),
    ];
}
