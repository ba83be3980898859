using System.Security.Claims;
using Bkn.Cms.ContentManagement;
using Bkn.Cms.Security;

namespace Bkn.Cms.Contents.Services;

/// <summary>
/// Whether a user may see, change, publish or delete an item. Ordinary types: the global permission must cover the
/// item's unit, or for seeing and changing, the type's writing permission ("EditContent:{Type}"). Securable types: a
/// per-type permission must — for any item, or for the user's own items. Seeing an item is implied by being allowed
/// to edit it.
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
            return (await permissions.GetUnitScopeAsync(user, Global(action), cancellationToken)).Contains(item.UnitId)
                || (await WriteScopeAsync(user, action, type, cancellationToken)).Contains(item.UnitId);
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
        var types = definitions.ListTypes();
        var secured = types.Where(t => t.Settings.Securable).ToList();
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var grants = new List<ContentTypeGrant>();
        var scope = await ScopeAsync(user, action, cancellationToken);
        foreach (var type in types.Where(t => !t.Settings.Securable))
        {
            // Writers limited to some types see those types' items in their units. Only what the global scope does not
            // already cover becomes a grant, so an editor's query keeps its single plain condition.
            var write = await WriteScopeAsync(user, action, type, cancellationToken);
            if (!scope.AllUnits && (write.AllUnits || !write.UnitIds.IsSubsetOf(scope.UnitIds)))
            {
                grants.Add(new ContentTypeGrant(type.Name, write, null));
            }
        }

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
            Scope = scope,
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
            var global = await ScopeAsync(user, ContentAction.Edit, cancellationToken);
            var write = await WriteScopeAsync(user, ContentAction.Edit, type, cancellationToken);
            return global.AllUnits || write.AllUnits ? UnitScope.All : new UnitScope(false, global.UnitIds.Union(write.UnitIds).ToHashSet());
        }

        var any = await permissions.GetUnitScopeAsync(user, Permissions.ForType(ContentAction.Edit, false, type), cancellationToken);
        var own = await permissions.GetUnitScopeAsync(user, Permissions.ForType(ContentAction.Edit, true, type), cancellationToken);
        return any.AllUnits || own.AllUnits ? UnitScope.All : new UnitScope(false, any.UnitIds.Union(own.UnitIds).ToHashSet());
    }

    /// <summary>Where the type's writing permission lets the user see or change items (nothing for publishing or deleting).</summary>
    private async Task<UnitScope> WriteScopeAsync(ClaimsPrincipal user, ContentAction action, ContentTypeDefinition? type, CancellationToken cancellationToken) =>
        action is ContentAction.View or ContentAction.Edit && type is not null && Permissions.WriteType(type) is { } write
            ? await permissions.GetUnitScopeAsync(user, write, cancellationToken)
            : UnitScope.None;

    private static ContentAction[] Implied(ContentAction action) => action == ContentAction.View ? [ContentAction.View, ContentAction.Edit] : [action];
}
