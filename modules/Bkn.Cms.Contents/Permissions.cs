using Bkn.Cms.ContentManagement;
using Bkn.Cms.Security;

namespace Bkn.Cms.Contents;

/// <summary>
/// Permissions of the content module; the unit scope decides which items a user sees and changes. The global
/// permissions cover every type that is not securable; a securable type is opened only by its own permissions
/// ("{Action}Content:{Type}" for any item, "{Action}OwnContent:{Type}" for the user's own items), declared here
/// for every securable type as types come and go.
/// </summary>
public sealed class Permissions(IContentDefinitionStore definitions) : IDynamicPermissionProvider
{
    public const string EditContentName = "EditContent";
    public const string PublishContentName = "PublishContent";
    public const string DeleteContentName = "DeleteContent";
    public const string ManageContentTypesName = "ManageContentTypes";

    /// <summary>Who may open the content admin: the global permission or any per-type view or edit permission.</summary>
    public const string ContentAdminRequirement = "EditContent|ViewContent:*|ViewOwnContent:*|EditContent:*|EditOwnContent:*";

    public static readonly Permission EditContent = new(EditContentName, "Membuat dan mengubah konten", "Konten");
    public static readonly Permission PublishContent = new(PublishContentName, "Menerbitkan dan menarik konten", "Konten");
    public static readonly Permission DeleteContent = new(DeleteContentName, "Menghapus konten", "Konten");
    public static readonly Permission ManageContentTypes = new(ManageContentTypesName, "Mengelola tipe konten", "Konten");

    private static readonly Permission[] Static = [EditContent, PublishContent, DeleteContent, ManageContentTypes];

    public IEnumerable<Permission> GetPermissions() =>
        [.. Static, .. definitions.ListTypes().Where(t => t.Settings.Securable).SelectMany(ForType)];

    public Permission? Find(string name)
    {
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return Static.FirstOrDefault(p => p.Name == name);
        }

        if (definitions.GetType(name[(colon + 1)..]) is not { Settings.Securable: true } type)
        {
            return null;
        }

        return ForType(type).FirstOrDefault(p => p.Name == name);
    }

    public IEnumerable<RoleStereotype> GetDefaultStereotypes() =>
    [
        new("Penulis Humas", PermissionScope.OwnUnit, EditContent),
        new("Editor Humas", PermissionScope.AllUnits, EditContent, PublishContent, DeleteContent),
    ];

    /// <summary>The permission for an action on items of a securable type: any item, or only the user's own.</summary>
    public static Permission ForType(ContentAction action, bool own, ContentTypeDefinition type)
    {
        var (verb, description) = action switch
        {
            ContentAction.View => ("View", "Melihat"),
            ContentAction.Edit => ("Edit", "Mengubah"),
            ContentAction.Publish => ("Publish", "Menerbitkan dan menarik"),
            _ => ("Delete", "Menghapus"),
        };
        return own
            ? new Permission($"{verb}OwnContent:{type.Name}", $"{description} {type.DisplayName} milik sendiri", $"Konten: {type.DisplayName}")
            : new Permission($"{verb}Content:{type.Name}", $"{description} semua {type.DisplayName}", $"Konten: {type.DisplayName}");
    }

    private static IEnumerable<Permission> ForType(ContentTypeDefinition type) =>
        Enum.GetValues<ContentAction>().SelectMany(a => new[] { ForType(a, false, type), ForType(a, true, type) });
}

/// <summary>What a user does with a content item; each maps to a global permission and, for securable types, to per-type ones.</summary>
public enum ContentAction
{
    View,
    Edit,
    Publish,
    Delete,
}
