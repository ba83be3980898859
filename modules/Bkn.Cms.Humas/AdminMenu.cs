using Bkn.Cms.Navigation;

namespace Bkn.Cms.Humas;

/// <summary>Admin menu entry "Redaksi Humas" (the editorial desk).</summary>
public sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new(AdminMenuGroups.Content, "Redaksi Humas", "/admin/redaksi", null, 20) { Requirement = Services.EditorialAccess.DeskRequirement },
    ];
}
