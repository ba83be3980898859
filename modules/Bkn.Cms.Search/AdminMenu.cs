using Bkn.Cms.Navigation;

namespace Bkn.Cms.Search;

/// <summary>Admin menu entry "Indeks Pencarian".</summary>
public sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() => [new(AdminMenuGroups.Configuration, "Indeks Pencarian", "/admin/indeks-pencarian", Permissions.ManageSearchIndexes, 50)];
}
