using Bkn.Cms.Security;

namespace Bkn.Cms.Contents;

/// <summary>The content module's global permissions, for modules that build on content (the module declares them).</summary>
public static class ContentPermissions
{
    public const string EditContentName = "EditContent";
    public const string PublishContentName = "PublishContent";
    public const string DeleteContentName = "DeleteContent";
    public const string ManageContentTypesName = "ManageContentTypes";

    public static readonly Permission EditContent = new(EditContentName, "Membuat dan mengubah konten", "Konten");
    public static readonly Permission PublishContent = new(PublishContentName, "Menerbitkan dan menarik konten", "Konten");
    public static readonly Permission DeleteContent = new(DeleteContentName, "Menghapus konten", "Konten");
    public static readonly Permission ManageContentTypes = new(ManageContentTypesName, "Mengelola tipe konten", "Konten");
}
