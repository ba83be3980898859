using System.Security.Claims;
using Bkn.Cms.Sop.Models;
using Bkn.Cms.Sop.Services;
using Bkn.Cms.Sop.ViewModels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Sop.Api;

/// <summary>
/// The register API (bearer token; any of the SOP permissions, answers limited to the caller's units):
/// <c>GET /api/sop?unit=&amp;status=&amp;q=&amp;page=</c> with <c>total</c>, and <c>GET /api/sop/{id}/flowchart.svg</c>.
/// </summary>
public static class SopApi
{
    public const int PageSize = 100;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(SopRoutes.Api).RequireAuthorization();
        api.MapGet("", ListAsync);
        api.MapGet("{id:guid}/flowchart.svg", FlowchartAsync);
    }

    private static async Task<IResult> ListAsync(string? unit, string? status, string? q, int? page, ClaimsPrincipal user, SopQueries queries, CancellationToken ct)
    {
        var scope = await queries.ScopeAsync(user, ct);
        if (scope.IsEmpty)
        {
            return Results.Forbid();
        }

        SopStatus? parsed = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            parsed = SopStatuses.Parse(status);
            if (parsed is null)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["status"] = ["Status tidak dikenal (draf, diajukan, perlu-perbaikan, divalidasi, disahkan, berlaku, dicabut, diganti)."] }, title: "Permintaan tidak sah.");
            }
        }

        if (page is < 1)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["page"] = ["Halaman dimulai dari 1."] }, title: "Permintaan tidak sah.");
        }

        var (rows, total) = await queries.ListAsync(scope, new SopFilter(unit, parsed, q, page ?? 1), publicOnly: false, PageSize, ct);
        return Results.Ok(new
        {
            total,
            page = page ?? 1,
            pageSize = PageSize,
            items = rows.Select(r => new { id = r.Id, nomor = r.Nomor, nama = r.Nama, unit = r.Unit, status = SopStatuses.Slug(r.Status), version = r.Version, activities = r.ActivityCount, updatedUtc = r.UpdatedUtc }),
        });
    }

    private static async Task<IResult> FlowchartAsync(Guid id, ClaimsPrincipal user, SopQueries queries, DbContext db, CancellationToken ct)
    {
        var scope = await queries.ScopeAsync(user, ct);
        var sop = await db.Set<SopDocument>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (sop is null || !scope.Contains(sop.UnitId))
        {
            return Results.NotFound();
        }

        return Results.Text(SopFlowchartRenderer.RenderDocument(Flowchart.Parse(sop.FlowchartJson), sop.Nama), "image/svg+xml");
    }
}
