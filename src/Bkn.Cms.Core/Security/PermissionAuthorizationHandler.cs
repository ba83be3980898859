using Microsoft.AspNetCore.Authorization;

namespace Bkn.Cms.Security;

/// <summary>
/// Succeeds when the user holds the permission in at least one unit. A requirement may name alternatives
/// (see <see cref="PermissionRequirements"/>).
/// </summary>
public sealed class PermissionAuthorizationHandler(IPermissionService permissions) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (await permissions.MeetsAsync(context.User, requirement.PermissionName))
        {
            context.Succeed(requirement);
        }
    }
}
