namespace Bkn.Cms.Security;

/// <summary>
/// What a user may hand on to a role or another user: never more than their own roles grant, in permissions and in
/// scope. A holder of a system role holds, and so may hand on, everything.
/// </summary>
public sealed class GrantLimits
{
    public static readonly GrantLimits Nothing = new(RoleGrants.Empty, false, new Dictionary<string, PermissionScope>());

    private readonly RoleGrants _roles;
    private readonly IReadOnlyDictionary<string, PermissionScope> _held;

    private GrantLimits(RoleGrants roles, bool isSystem, IReadOnlyDictionary<string, PermissionScope> held)
    {
        _roles = roles;
        IsSystem = isSystem;
        _held = held;
    }

    /// <summary>True when one of the user's roles is a system role (Administrator).</summary>
    public bool IsSystem { get; }

    public static GrantLimits Of(RoleGrants roles, IEnumerable<string> roleIds)
    {
        var ids = roleIds.ToList();
        var held = new Dictionary<string, PermissionScope>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            foreach (var (permission, scope) in roles.Grants.GetValueOrDefault(id) ?? new Dictionary<string, PermissionScope>())
            {
                if (!held.TryGetValue(permission, out var current) || scope > current)
                {
                    held[permission] = scope;
                }
            }
        }

        return new GrantLimits(roles, ids.Any(roles.SystemRoleIds.Contains), held);
    }

    /// <summary>The widest scope at which the user holds the permission, or null when they do not hold it.</summary>
    public PermissionScope? HeldScope(string permission) =>
        IsSystem ? PermissionScope.AllUnits : _held.TryGetValue(permission, out var scope) ? scope : null;

    public bool CanGrant(string permission, PermissionScope scope) => HeldScope(permission) is { } held && held >= scope;

    /// <summary>
    /// True when the user holds every permission of the role at least as widely as the role grants it. A system role
    /// (every permission everywhere) can only be handed on by a holder of a system role.
    /// </summary>
    public bool CanAssignRole(string roleId)
    {
        if (IsSystem)
        {
            return true;
        }

        if (_roles.SystemRoleIds.Contains(roleId))
        {
            return false;
        }

        return _roles.Grants.TryGetValue(roleId, out var grants) is false || grants.All(g => CanGrant(g.Key, g.Value));
    }
}
