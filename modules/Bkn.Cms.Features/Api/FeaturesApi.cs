using Bkn.Cms.Modules;
using Bkn.Cms.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bkn.Cms.Features.Api;

/// <summary>GET /api/features, POST /api/features/{id}/enable|disable (answer: the features that changed).</summary>
public static class FeaturesApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/features").RequireAuthorization(new RequirePermissionAttribute(Permissions.ManageFeaturesName));
        group.MapGet("", (IModuleCatalog catalog, IFeatureChecker features) =>
            catalog.Features.Select(f => new FeatureDto(f.Id, f.Name, f.Category, f.Dependencies, features.IsEnabled(f.Id), f.UnitScoped, f.AlwaysEnabled)));
        group.MapPost("{id}/enable", (string id, IFeatureManager manager, CancellationToken ct) => ChangeAsync(() => manager.EnableAsync([id], ct)));
        group.MapPost("{id}/disable", (string id, IFeatureManager manager, CancellationToken ct) => ChangeAsync(() => manager.DisableAsync([id], ct)));
    }

    private static async Task<IResult> ChangeAsync(Func<Task<IReadOnlyList<FeatureChange>>> change)
    {
        try
        {
            var changes = await change();
            return Results.Ok(changes.Select(c => new { id = c.Id, name = c.Name, enabled = c.Enabled }));
        }
        catch (FeatureOperationException ex)
        {
            return Results.Problem(title: ex.Message, statusCode: ex.IsUnknown ? StatusCodes.Status404NotFound : StatusCodes.Status409Conflict);
        }
    }
}
