using Bkn.Cms.Navigation;

namespace Bkn.Cms.Features;

/// <summary>Admin menu entry "Fitur".</summary>
public sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() => [new(AdminMenuGroups.Configuration, "Fitur", "/admin/fitur", Permissions.ManageFeatures, 10)];
}
