using Bkn.Cms.Features;
using Bkn.Cms.Modules;
using Bkn.Cms.Security;
using Microsoft.AspNetCore.Http;

namespace Bkn.Cms.Hosting;

/// <summary>
/// Endpoints of a disabled feature answer 404, as if they did not exist. For unit-scoped features the
/// signed-in user's unit decides.
/// </summary>
public sealed class FeatureGateMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IFeatureChecker features, PermissionService permissions)
    {
        if (context.GetEndpoint()?.Metadata.GetOrderedMetadata<FeatureMetadata>() is { Count: > 0 } gates)
        {
            Guid? unitId = null;
            if (gates.Any(g => g.UnitScoped) && await permissions.GetAccessAsync(context.User, context.RequestAborted) is { } access)
            {
                unitId = access.UnitId;
            }

            foreach (var gate in gates)
            {
                if (!features.IsEnabledForUnit(gate.FeatureId, gate.UnitScoped ? unitId : null))
                {
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return;
                }
            }
        }

        await next(context);
    }
}
