using Bkn.Cms.Navigation;

namespace Bkn.Cms.Contents;

/// <summary>Admin menu entry "Konten".</summary>
public sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() => [new(AdminMenuGroups.Content, "Semua konten", "/admin/konten", Permissions.EditContent, 10)];
}
