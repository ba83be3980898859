using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Bkn.Cms.Security;
using Microsoft.AspNetCore.Http;

namespace Bkn.Cms.Hosting;

/// <summary>
/// The safety net: any request under /admin or /api by an anonymous user is challenged (login redirect or 401),
/// unless the endpoint explicitly allows anonymous access. Module authors cannot forget it.
/// Under /api the allow-list is explicit: only endpoints carrying <see cref="AllowAnonymousApiAttribute"/> (public
/// feeds, the token endpoint) are open; a plain <c>[AllowAnonymous]</c> is not enough there.
/// </summary>
public sealed class AdminApiGuardMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (IsGuarded(context.Request.Path)
            && context.User.Identity?.IsAuthenticated != true
            && !AllowsAnonymous(context))
        {
            await context.ChallengeAsync();
            return;
        }

        await next(context);
    }

    private static bool AllowsAnonymous(HttpContext context)
    {
        var metadata = context.GetEndpoint()?.Metadata;
        return context.Request.Path.StartsWithSegments(CmsPaths.Api, StringComparison.OrdinalIgnoreCase)
            ? metadata?.GetMetadata<AllowAnonymousApiAttribute>() is not null
            : metadata?.GetMetadata<IAllowAnonymous>() is not null;
    }

    public static bool IsGuarded(PathString path) =>
        path.StartsWithSegments(CmsPaths.Admin, StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments(CmsPaths.Api, StringComparison.OrdinalIgnoreCase);
}
