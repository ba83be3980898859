using System.Security.Claims;

namespace Bkn.Cms.Security;

/// <summary>
/// A requirement names alternatives separated by "|"; an alternative ending in "*" stands for every declared permission
/// starting with what precedes it (e.g. "EditContent|EditContent:*" — the global permission or any per-type one).
/// </summary>
public static class PermissionRequirements
{
    /// <summary>True when the user holds one of the requirement's permissions in at least one unit.</summary>
    public static async Task<bool> MeetsAsync(this IPermissionService permissions, ClaimsPrincipal user, string requirement, CancellationToken cancellationToken = default)
    {
        foreach (var name in requirement.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var candidates = name.EndsWith('*')
                ? permissions.GetDeclaredPermissions().Where(p => p.Name.StartsWith(name[..^1], StringComparison.Ordinal))
                : permissions.FindPermission(name) is { } permission ? [permission] : [];
            foreach (var candidate in candidates)
            {
                if (await permissions.HasPermissionAsync(user, candidate, cancellationToken: cancellationToken))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
