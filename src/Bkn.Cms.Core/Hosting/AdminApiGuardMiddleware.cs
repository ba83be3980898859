using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace Bkn.Cms.Hosting;

/// <summary>
/// The safety net: any request under /admin or /api by an anonymous user is challenged (login redirect or 401),
/// unless the endpoint explicitly allows anonymous access. Module authors cannot forget it.
/// </summary>
public sealed class AdminApiGuardMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (IsGuarded(context.Request.Path)
            && context.User.Identity?.IsAuthenticated != true
            && context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is null)
        {
            await context.ChallengeAsync();
            return;
        }

        await next(context);
    }

    public static bool IsGuarded(PathString path) =>
        path.StartsWithSegments(CmsPaths.Admin, StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments(CmsPaths.Api, StringComparison.OrdinalIgnoreCase);
}
