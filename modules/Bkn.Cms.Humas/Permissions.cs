using Bkn.Cms.Security;
using ContentPermissions = Bkn.Cms.Contents.ContentPermissions;

namespace Bkn.Cms.Humas;

/// <summary>
/// Permissions of the Humas site: writers (Penulis Humas) write news and press releases in their own unit through the
/// types' writing permissions; a second editor reviews, approves, withdraws and unpublishes.
/// </summary>
public sealed class Permissions : IPermissionProvider
{
    public const string ReviewPublicationsName = "ReviewPublications";

    public static readonly Permission ReviewPublications = new(ReviewPublicationsName, "Meninjau, menyetujui, menarik dan menurunkan publikasi Humas", "Humas");

    public IEnumerable<Permission> GetPermissions() => [ReviewPublications];

    public IEnumerable<RoleStereotype> GetDefaultStereotypes() =>
    [
        new("Editor Humas", PermissionScope.AllUnits, ReviewPublications, ContentPermissions.EditContent),
        new("Penulis Humas", PermissionScope.OwnUnit, Services.EditorialAccess.Write(Models.HumasTypes.Berita), Services.EditorialAccess.Write(Models.HumasTypes.SiaranPers)),
    ];
}
