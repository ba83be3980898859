using Bkn.Cms.Navigation;

namespace Bkn.Cms.Units;

/// <summary>Admin menu entries of the units module.</summary>
public sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new(AdminMenuGroups.Configuration, "Unit Kerja", "/admin/unit", Permissions.ManageUnits, 20),
        new(AdminMenuGroups.Configuration, "Fitur Unit", "/admin/fitur-unit", Permissions.ManageUnitFeatures, 30),
    ];
}
