using Bkn.Cms.ContentManagement;
using Bkn.Cms.Security;
using Microsoft.Extensions.Localization;

namespace Bkn.Cms.Contents;

/// <summary>
/// Permissions of the content module; the unit scope decides which items a user sees and changes. The global
/// permissions cover every type that is not securable; a securable type is opened only by its own permissions
/// ("{Action}Content:{Type}" for any item, "{Action}OwnContent:{Type}" for the user's own items). Every creatable
/// ordinary type also has "EditContent:{Type}" (write items of that type only), for writers limited to some types.
/// All are declared here as types come and go.
/// </summary>
public sealed class Permissions(IContentDefinitionStore definitions, IStringLocalizer t) : IDynamicPermissionProvider
{
    public const string EditContentName = ContentPermissions.EditContentName;
    public const string PublishContentName = ContentPermissions.PublishContentName;
    public const string DeleteContentName = ContentPermissions.DeleteContentName;
    public const string ManageContentTypesName = ContentPermissions.ManageContentTypesName;

    /// <summary>Who may open the content admin: the global permission or any per-type view or edit permission.</summary>
    public const string ContentAdminRequirement = "EditContent|ViewContent:*|ViewOwnContent:*|EditContent:*|EditOwnContent:*";

    public static readonly Permission EditContent = ContentPermissions.EditContent;
    public static readonly Permission PublishContent = ContentPermissions.PublishContent;
    public static readonly Permission DeleteContent = ContentPermissions.DeleteContent;
    public static readonly Permission ManageContentTypes = ContentPermissions.ManageContentTypes;

    private static readonly Permission[] Static = [EditContent, PublishContent, DeleteContent, ManageContentTypes];

    public IEnumerable<Permission> GetPermissions() =>
        [.. Static, .. definitions.ListTypes().Where(x => x.Settings.Securable).SelectMany(Describe), .. definitions.ListTypes().Where(IsWritable).Select(DescribeWrite)];

    public Permission? Find(string name)
    {
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return Static.FirstOrDefault(p => p.Name == name);
        }

        return definitions.GetType(name[(colon + 1)..]) switch
        {
            { Settings.Securable: true } type => Describe(type).FirstOrDefault(p => p.Name == name),
            { } type when IsWritable(type) && name == ContentPermissions.WriteTypeName(type.Name) => DescribeWrite(type),
            _ => null,
        };
    }

    public IEnumerable<RoleStereotype> GetDefaultStereotypes() =>
    [
        new("Editor Humas", PermissionScope.AllUnits, EditContent, PublishContent, DeleteContent),
    ];

    /// <summary>Ordinary types an editor can create have a per-type writing permission.</summary>
    public static bool IsWritable(ContentTypeDefinition type) => type.Settings is { Securable: false, Creatable: true };

    /// <summary>The writing permission of an ordinary type, or null for a securable or non-creatable one.</summary>
    public static Permission? WriteType(ContentTypeDefinition type) =>
        IsWritable(type) ? ContentPermissions.WriteType(type.Name, type.DisplayName) : null;

    private Permission DescribeWrite(ContentTypeDefinition type)
    {
        var name = t[type.DisplayName].Value;
        return ContentPermissions.WriteType(type.Name, type.DisplayName) with { Description = t["Membuat dan mengubah {0}", name].Value, Category = t["Konten: {0}", name].Value };
    }

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

    /// <summary>The type's permissions with descriptions in the reader's language (the role editor lists them).</summary>
    private IEnumerable<Permission> Describe(ContentTypeDefinition type)
    {
        var name = t[type.DisplayName].Value;
        var category = t["Konten: {0}", name].Value;
        foreach (var action in Enum.GetValues<ContentAction>())
        {
            var (any, own) = action switch
            {
                ContentAction.View => (t["Melihat semua {0}", name], t["Melihat {0} milik sendiri", name]),
                ContentAction.Edit => (t["Mengubah semua {0}", name], t["Mengubah {0} milik sendiri", name]),
                ContentAction.Publish => (t["Menerbitkan dan menarik semua {0}", name], t["Menerbitkan dan menarik {0} milik sendiri", name]),
                _ => (t["Menghapus semua {0}", name], t["Menghapus {0} milik sendiri", name]),
            };
            yield return ForType(action, false, type) with { Description = any.Value, Category = category };
            yield return ForType(action, true, type) with { Description = own.Value, Category = category };
        }
    }
}

/// <summary>What a user does with a content item; each maps to a global permission and, for securable types, to per-type ones.</summary>
public enum ContentAction
{
    View,
    Edit,
    Publish,
    Delete,
}
