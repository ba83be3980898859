using Bkn.Cms.Navigation;
using ContentPermissions = Bkn.Cms.Contents.ContentPermissions;

namespace Bkn.Cms.Humas;

/// <summary>Admin menu entry "Redaksi Humas" (the editorial desk).</summary>
public sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new(AdminMenuGroups.Content, "Redaksi Humas", "/admin/redaksi", ContentPermissions.EditContent, 20),
    ];
}
