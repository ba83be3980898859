using Bkn.Cms.Navigation;

namespace Bkn.Cms.Media;

/// <summary>Admin menu entry "Media".</summary>
public sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() => [new(AdminMenuGroups.Content, "Media", "/admin/media", Permissions.ManageMedia, 20)];
}
