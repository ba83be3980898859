using Bkn.Cms.Security;

namespace Bkn.Cms.Contents;

/// <summary>Permissions of the content module; the unit scope decides which items a user sees and changes.</summary>
public sealed class Permissions : IPermissionProvider
{
    public const string EditContentName = "EditContent";
    public const string PublishContentName = "PublishContent";
    public const string DeleteContentName = "DeleteContent";
    public const string ManageContentTypesName = "ManageContentTypes";

    public static readonly Permission EditContent = new(EditContentName, "Membuat dan mengubah konten", "Konten");
    public static readonly Permission PublishContent = new(PublishContentName, "Menerbitkan dan menarik konten", "Konten");
    public static readonly Permission DeleteContent = new(DeleteContentName, "Menghapus konten", "Konten");
    public static readonly Permission ManageContentTypes = new(ManageContentTypesName, "Mengelola tipe konten", "Konten");

    public IEnumerable<Permission> GetPermissions() => [EditContent, PublishContent, DeleteContent, ManageContentTypes];

    public IEnumerable<RoleStereotype> GetDefaultStereotypes() =>
    [
        new("Penulis Humas", PermissionScope.OwnUnit, EditContent),
        new("Editor Humas", PermissionScope.AllUnits, EditContent, PublishContent, DeleteContent),
    ];
}
