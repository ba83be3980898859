using System.Security.Claims;
using Bkn.Cms.Features;
using Bkn.Cms.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bkn.Cms.Units.Api;

/// <summary>GET /api/units and POST /api/units/{unitId}/features/{id}/enable|disable.</summary>
public static class UnitsApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/units").RequireAuthorization();
        group.MapGet("", ListAsync);
        group.MapPost("{unitId:guid}/features/{id}/enable", (Guid unitId, string id, ClaimsPrincipal user, IFeatureManager manager, IPermissionService permissions, CancellationToken ct) =>
            SwitchAsync(unitId, id, true, user, manager, permissions, ct));
        group.MapPost("{unitId:guid}/features/{id}/disable", (Guid unitId, string id, ClaimsPrincipal user, IFeatureManager manager, IPermissionService permissions, CancellationToken ct) =>
            SwitchAsync(unitId, id, false, user, manager, permissions, ct));
    }

    private static async Task<IResult> ListAsync(ClaimsPrincipal user, IUnitTree units, IPermissionService permissions, CancellationToken ct)
    {
        var manage = await permissions.GetUnitScopeAsync(user, Permissions.ManageUnits, ct);
        var features = await permissions.GetUnitScopeAsync(user, Permissions.ManageUnitFeatures, ct);
        if (manage.IsEmpty && features.IsEmpty)
        {
            return Results.Problem(title: "Anda tidak memiliki izin melihat unit kerja.", statusCode: StatusCodes.Status403Forbidden);
        }

        var tree = await units.GetAsync(ct);
        return Results.Ok(tree.DepthFirst()
            .Where(u => manage.Contains(u.Id) || features.Contains(u.Id))
            .Select(u => new { id = u.Id, parentId = u.ParentId, code = u.Code, name = u.Name, kind = u.Kind, depth = u.Depth }));
    }

    private static async Task<IResult> SwitchAsync(Guid unitId, string featureId, bool enabled, ClaimsPrincipal user, IFeatureManager manager, IPermissionService permissions, CancellationToken ct)
    {
        if (!await permissions.HasPermissionAsync(user, Permissions.ManageUnitFeatures, unitId, ct))
        {
            return Results.Problem(title: "Anda tidak berwenang mengatur fitur unit ini.", statusCode: StatusCodes.Status403Forbidden);
        }

        try
        {
            var changes = await manager.SetForUnitAsync(unitId, featureId, enabled, ct);
            return Results.Ok(changes.Select(c => new { id = c.Id, name = c.Name, enabled = c.Enabled }));
        }
        catch (FeatureOperationException ex)
        {
            return Results.Problem(title: ex.Message, statusCode: ex.IsUnknown ? StatusCodes.Status404NotFound : StatusCodes.Status409Conflict);
        }
    }
}
