using System.Security.Claims;
using Bkn.Cms.ContentManagement;
using Bkn.Cms.Security;

namespace Bkn.Cms.Contents.Services;

/// <summary>Whether a user may see, change, publish or delete an item: the permission must cover the item's unit.</summary>
public sealed class ContentAccess(IPermissionService permissions)
{
    public Task<UnitScope> ScopeAsync(ClaimsPrincipal user, Permission permission, CancellationToken cancellationToken) =>
        permissions.GetUnitScopeAsync(user, permission, cancellationToken);

    public async Task<bool> CanAsync(ClaimsPrincipal user, Permission permission, ContentItem item, CancellationToken cancellationToken)
    {
        var scope = await permissions.GetUnitScopeAsync(user, permission, cancellationToken);
        return scope.AllUnits || (item.UnitId is { } unit && scope.Contains(unit));
    }
}
