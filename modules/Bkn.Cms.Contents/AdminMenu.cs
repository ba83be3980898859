using Bkn.Cms.Navigation;

namespace Bkn.Cms.Contents;

/// <summary>Admin menu entry "Konten".</summary>
public sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new(AdminMenuGroups.Content, "Semua konten", "/admin/konten", null, 10) { Requirement = Permissions.ContentAdminRequirement },
        new(AdminMenuGroups.Content, "Tipe Konten", "/admin/tipe-konten", Permissions.ManageContentTypes, 90),
    ];
}
