using Bkn.Cms.Navigation;

namespace Bkn.Cms.Workflows;

/// <summary>Admin menu entry "Alur Kerja".</summary>
public sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() => [new(AdminMenuGroups.Configuration, "Alur Kerja", "/admin/alur-kerja", Permissions.ViewWorkflows, 40)];
}
