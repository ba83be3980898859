using Microsoft.AspNetCore.Authorization;

namespace Bkn.Cms.Security;

/// <summary>Succeeds when the user holds the permission in at least one unit.</summary>
public sealed class PermissionAuthorizationHandler(IPermissionService permissions) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (permissions.FindPermission(requirement.PermissionName) is { } permission
            && await permissions.HasPermissionAsync(context.User, permission))
        {
            context.Succeed(requirement);
        }
    }
}
