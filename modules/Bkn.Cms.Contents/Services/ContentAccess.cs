using System.Runtime.CompilerServices;
using System.Security.Claims;
using Bkn.Cms.ContentManagement;
using Bkn.Cms.Security;

namespace Bkn.Cms.Contents.Services;

/// <summary>
/// Whether a user may see, change, publish or delete an item. Ordinary types: the global permission must cover the
/// item's unit, or for seeing and changing, the type's writing permission ("EditContent:{Type}"). Securable types: a
/// per-type permission must — for any item, or for the user's own items. Seeing an item is implied by being allowed
/// to edit it.
/// <para>
/// Scoped (one per request): the permission service's answer for a user and a permission is kept for the rest of the
/// scope, so a list page that restricts its query, checks every row and offers the creatable types asks once per
/// permission (once per ordinary type for its writing permission) instead of once per type, row and check.
/// </para>
/// </summary>
public sealed class ContentAccess(IPermissionService permissions, IContentDefinitionStore definitions)
{
    private readonly Dictionary<(ClaimsPrincipal User, string Permission), UnitScope> _scopes = new(ScopeKeyComparer.Instance);

    public static Permission Global(ContentAction action) => action switch
    {
        ContentAction.Publish => Permissions.PublishContent,
        ContentAction.Delete => Permissions.DeleteContent,
        _ => Permissions.EditContent,
    };

    /// <summary>The units in which the global permission for the action applies (ordinary types only).</summary>
    public Task<UnitScope> ScopeAsync(ClaimsPrincipal user, ContentAction action, CancellationToken cancellationToken) =>
        UnitScopeAsync(user, Global(action), cancellationToken);

    public async Task<bool> CanAsync(ClaimsPrincipal user, ContentAction action, ContentItem item, CancellationToken cancellationToken)
    {
        var type = definitions.GetType(item.ContentType);
        if (type is not { Settings.Securable: true })
        {
            return (await UnitScopeAsync(user, Global(action), cancellationToken)).Contains(item.UnitId)
                || (await WriteScopeAsync(user, action, type, cancellationToken)).Contains(item.UnitId);
        }

        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        foreach (var implied in Implied(action))
        {
            if ((await UnitScopeAsync(user, Permissions.ForType(implied, false, type), cancellationToken)).Contains(item.UnitId)
                || (userId is not null && item.Owner == userId
                    && (await UnitScopeAsync(user, Permissions.ForType(implied, true, type), cancellationToken)).Contains(item.UnitId)))
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
                grants.Add(new ContentTypeGrant(type.Name, await UnitScopeAsync(user, Permissions.ForType(implied, false, type), cancellationToken), null));
                if (userId is not null)
                {
                    grants.Add(new ContentTypeGrant(type.Name, await UnitScopeAsync(user, Permissions.ForType(implied, true, type), cancellationToken), userId));
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

        var any = await UnitScopeAsync(user, Permissions.ForType(ContentAction.Edit, false, type), cancellationToken);
        var own = await UnitScopeAsync(user, Permissions.ForType(ContentAction.Edit, true, type), cancellationToken);
        return any.AllUnits || own.AllUnits ? UnitScope.All : new UnitScope(false, any.UnitIds.Union(own.UnitIds).ToHashSet());
    }

    /// <summary>Where the type's writing permission lets the user see or change items (nothing for publishing or deleting).</summary>
    private async Task<UnitScope> WriteScopeAsync(ClaimsPrincipal user, ContentAction action, ContentTypeDefinition? type, CancellationToken cancellationToken) =>
        action is ContentAction.View or ContentAction.Edit && type is not null && Permissions.WriteType(type) is { } write
            ? await UnitScopeAsync(user, write, cancellationToken)
            : UnitScope.None;

    /// <summary>The permission service's answer, asked once per user and permission in this scope.</summary>
    private async Task<UnitScope> UnitScopeAsync(ClaimsPrincipal user, Permission permission, CancellationToken cancellationToken)
    {
        if (!_scopes.TryGetValue((user, permission.Name), out var scope))
        {
            scope = await permissions.GetUnitScopeAsync(user, permission, cancellationToken);
            _scopes[(user, permission.Name)] = scope;
        }

        return scope;
    }

    private static ContentAction[] Implied(ContentAction action) => action == ContentAction.View ? [ContentAction.View, ContentAction.Edit] : [action];
}

/// <summary>The same principal object (the request's user) and the same permission name.</summary>
internal sealed class ScopeKeyComparer : IEqualityComparer<(ClaimsPrincipal User, string Permission)>
{
    public static readonly ScopeKeyComparer Instance = new();

    public bool Equals((ClaimsPrincipal User, string Permission) x, (ClaimsPrincipal User, string Permission) y) =>
        ReferenceEquals(x.User, y.User) && string.Equals(x.Permission, y.Permission, StringComparison.Ordinal);

    public int GetHashCode((ClaimsPrincipal User, string Permission) obj) =>
        HashCode.Combine(RuntimeHelpers.GetHashCode(obj.User), StringComparer.Ordinal.GetHashCode(obj.Permission));
}
