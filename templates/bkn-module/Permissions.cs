using Bkn.Cms.Security;
using ContentPermissions = Bkn.Cms.Contents.ContentPermissions;

namespace Bkn.Cms.ModulContoh;

/// <summary>Permissions of the module, and the role the setup suggests for the people who keep its items.</summary>
public sealed class Permissions : IPermissionProvider
{
    public const string ManageModulContohName = "ManageModulContoh";

    public static readonly Permission ManageModulContoh = new(ManageModulContohName, "Mengelola Nama Tampilan Contoh", "Nama Tampilan Contoh");

    public IEnumerable<Permission> GetPermissions() => [ManageModulContoh];

    public IEnumerable<RoleStereotype> GetDefaultStereotypes() =>
    [
        new("Pengelola Nama Tampilan Contoh", PermissionScope.OwnUnit, ManageModulContoh, ContentPermissions.EditContent, ContentPermissions.PublishContent),
    ];
}
