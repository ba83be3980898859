using Bkn.Cms.Security;

namespace Bkn.Cms.Media;

/// <summary>Permissions of the media library.</summary>
public sealed class Permissions : IPermissionProvider
{
    public const string ManageMediaName = "ManageMedia";

    public static readonly Permission ManageMedia = new(ManageMediaName, "Mengelola pustaka media", "Konten");

    public IEnumerable<Permission> GetPermissions() => [ManageMedia];

    public IEnumerable<RoleStereotype> GetDefaultStereotypes() =>
    [
        new("Penulis Humas", PermissionScope.AllUnits, ManageMedia),
        new("Editor Humas", PermissionScope.AllUnits, ManageMedia),
    ];
}
