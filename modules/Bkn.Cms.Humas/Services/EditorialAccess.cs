using System.Security.Claims;
using Bkn.Cms.Humas.Models;
using Bkn.Cms.Security;
using ContentPermissions = Bkn.Cms.Contents.ContentPermissions;

namespace Bkn.Cms.Humas.Services;

/// <summary>
/// Who may write an editorial item: the global "edit content" permission, or the type's own writing permission
/// (a Penulis Humas writes news and press releases, not regulations).
/// </summary>
public static class EditorialAccess
{
    public static Permission Write(string type) => ContentPermissions.WriteType(type, HumasTypes.DisplayName(type));

    /// <summary>The desk's entry requirement: the global permission or the writing permission of an editorial type.</summary>
    public const string DeskRequirement = "EditContent|EditContent:Berita|EditContent:Peraturan|EditContent:SiaranPers";

    public static async Task<bool> CanWriteAsync(IPermissionService permissions, ClaimsPrincipal user, string type, Guid? unitId, CancellationToken cancellationToken) =>
        await permissions.HasPermissionAsync(user, ContentPermissions.EditContent, unitId, cancellationToken)
        || await permissions.HasPermissionAsync(user, Write(type), unitId, cancellationToken);

    /// <summary>The units where the user may write items of the type.</summary>
    public static async Task<UnitScope> ScopeAsync(IPermissionService permissions, ClaimsPrincipal user, string type, CancellationToken cancellationToken)
    {
        var global = await permissions.GetUnitScopeAsync(user, ContentPermissions.EditContent, cancellationToken);
        var own = await permissions.GetUnitScopeAsync(user, Write(type), cancellationToken);
        return global.AllUnits || own.AllUnits ? UnitScope.All : new UnitScope(false, global.UnitIds.Union(own.UnitIds).ToHashSet());
    }
}
