using Microsoft.AspNetCore.Authorization;

namespace Bkn.Cms.Security;

/// <summary>
/// Succeeds when the user holds the permission in at least one unit. A requirement may name alternatives separated by
/// "|", and an alternative ending in "*" stands for every declared permission starting with what precedes it
/// (e.g. "EditContent|EditContent:*" — the global permission or any per-type one).
/// </summary>
public sealed class PermissionAuthorizationHandler(IPermissionService permissions) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        foreach (var name in requirement.PermissionName.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var candidates = name.EndsWith('*')
                ? permissions.GetDeclaredPermissions().Where(p => p.Name.StartsWith(name[..^1], StringComparison.Ordinal))
                : permissions.FindPermission(name) is { } permission ? [permission] : [];
            foreach (var candidate in candidates)
            {
                if (await permissions.HasPermissionAsync(context.User, candidate))
                {
                    context.Succeed(requirement);
                    return;
                }
            }
        }
    }
}
