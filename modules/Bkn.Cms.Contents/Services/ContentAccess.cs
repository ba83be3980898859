using System.Security.Claims;
using Bkn.Cms.ContentManagement;
using Bkn.Cms.Security;

namespace Bkn.Cms.Contents.Services;

/// <summary>
/// Whether a user may see, change, publish or delete an item. Ordinary types: the global permission must cover the
/// item's unit. Securable types: a per-type permission must — for any item, or for the user's own items. Seeing an
/// item is implied by being allowed to edit it.
/// </summary>
public sealed class ContentAccess(IPermissionService permissions, IContentDefinitionStore definitions)
{
    public static Permission Global(ContentAction action) => action switch
    {
        ContentAction.Publish => Permissions.PublishContent,
        ContentAction.Delete => Permissions.DeleteContent,
        _ => Permissions.EditContent,
    };

    /// <summary>The units in which the global permission for the action applies (ordinary types only).</summary>
    public Task<UnitScope> ScopeAsync(ClaimsPrincipal user, ContentAction action, CancellationToken cancellationToken) =>
        permissions.GetUnitScopeAsync(user, Global(action), cancellationToken);

    public async Task<bool> CanAsync(ClaimsPrincipal user, ContentAction action, ContentItem item, CancellationToken cancellationToken)
    {
        var type = definitions.GetType(item.ContentType);
        if (type is not { Settings.Securable: true })
        {
            return (await permissions.GetUnitScopeAsync(user, Global(action), cancellationToken)).Contains(item.UnitId);
        }

        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        foreach (var implied in Implied(action))
        {
            if ((await permissions.GetUnitScopeAsync(user, Permissions.ForType(implied, false, type), cancellationToken)).Contains(item.UnitId)
                || (userId is not null && item.Owner == userId
                    && (await permissions.GetUnitScopeAsync(user, Permissions.ForType(implied, true, type), cancellationToken)).Contains(item.UnitId)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The visibility part of a list query for an action: global scope, securable types and their grants.</summary>
    public async Task<ContentListQuery> RestrictAsync(ContentListQuery query, ClaimsPrincipal user, ContentAction action, CancellationToken cancellationToken)
    {
        var secured = definitions.ListTypes().Where(t => t.Settings.Securable).ToList();
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var grants = new List<ContentTypeGrant>();
        foreach (var type in secured)
        {
            foreach (var implied in Implied(action))
            {
                grants.Add(new ContentTypeGrant(type.Name, await permissions.GetUnitScopeAsync(user, Permissions.ForType(implied, false, type), cancellationToken), null));
                if (userId is not null)
                {
                    grants.Add(new ContentTypeGrant(type.Name, await permissions.GetUnitScopeAsync(user, Permissions.ForType(implied, true, type), cancellationToken), userId));
                }
            }
        }

        return query with
        {
            Scope = await ScopeAsync(user, action, cancellationToken),
            SecuredTypes = [.. secured.Select(t => t.Name)],
            Grants = [.. grants.Where(g => !g.Scope.IsEmpty)],
        };
    }

    /// <summary>Units the user may assign an item of the type to when saving it (the owner-only grants count: the item will be theirs).</summary>
    public async Task<UnitScope> EditableUnitsAsync(ClaimsPrincipal user, string contentType, CancellationToken cancellationToken)
    {
        var type = definitions.GetType(contentType);
        if (type is not { Settings.Securable: true })
        {
            return await ScopeAsync(user, ContentAction.Edit, cancellationToken);
        }

        var any = await permissions.GetUnitScopeAsync(user, Permissions.ForType(ContentAction.Edit, false, type), cancellationToken);
        var own = await permissions.GetUnitScopeAsync(user, Permissions.ForType(ContentAction.Edit, true, type), cancellationToken);
        return any.AllUnits || own.AllUnits ? UnitScope.All : new UnitScope(false, any.UnitIds.Union(own.UnitIds).ToHashSet());
    }

    private static ContentAction[] Implied(ContentAction action) => action == ContentAction.View ? [ContentAction.View, ContentAction.Edit] : [action];
}
