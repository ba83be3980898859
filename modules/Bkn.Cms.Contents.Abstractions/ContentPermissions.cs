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

    /// <summary>
    /// Writing items of one ordinary (not securable) type: create them and change them within the scope, without
    /// publishing. It adds to <see cref="EditContent"/>, which covers every ordinary type; a writer who may write only
    /// some types (news and press releases, not regulations) holds these instead. Same name as a securable type's
    /// "edit any item" permission, and the same meaning.
    /// </summary>
    public static Permission WriteType(string typeName, string displayName) =>
        new(WriteTypeName(typeName), $"Membuat dan mengubah {displayName}", $"Konten: {displayName}");

    public static string WriteTypeName(string typeName) => $"{EditContentName}:{typeName}";
}
