namespace Bkn.Cms.Security;

/// <summary>Immutable map of role id to granted permissions and their scope; system roles hold everything.</summary>
public sealed record RoleGrants(IReadOnlySet<string> SystemRoleIds, IReadOnlyDictionary<string, IReadOnlyDictionary<string, PermissionScope>> Grants)
{
    public static readonly RoleGrants Empty = new(new HashSet<string>(), new Dictionary<string, IReadOnlyDictionary<string, PermissionScope>>());

    /// <summary>The widest scope any of the roles grants for the permission, or null when none does.</summary>
    public PermissionScope? ScopeFor(IEnumerable<string> roleIds, string permission)
    {
        PermissionScope? best = null;
        foreach (var roleId in roleIds)
        {
            if (SystemRoleIds.Contains(roleId))
            {
                return PermissionScope.AllUnits;
            }

            if (Grants.TryGetValue(roleId, out var grants) && grants.TryGetValue(permission, out var scope) && (best is null || scope > best))
            {
                best = scope;
            }
        }

        return best;
    }
}
