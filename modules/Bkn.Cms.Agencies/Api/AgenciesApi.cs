using System.Security.Claims;
using Bkn.Cms.Agencies.Services;
using Bkn.Cms.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Agencies.Api;

/// <summary>
/// <c>GET /api/agencies?q=&amp;kind=&amp;region=&amp;office=&amp;integration=&amp;page=&amp;pageSize=</c> (bearer, ViewAgencies): the
/// registry with its integration columns, scoped (an agency user sees their own agency), paged with the total.
/// <c>GET /api/agencies/{code}</c>: one agency; an agency outside the caller's scope answers 404 as an unknown code.
/// </summary>
public static class AgenciesApi
{
    public const int MaxPageSize = 500;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(AgenciesRoutes.Api).RequireAuthorization(new RequirePermissionAttribute(Permissions.ViewAgenciesName));
        group.MapGet("", ListAsync);
        group.MapGet("{code}", GetAsync);
    }

    private static async Task<IResult> ListAsync(string? q, string? kind, string? region, string? office, string? integration, int? page, int? pageSize, ClaimsPrincipal user, DbContext db, IAgencyScopeService scopes, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        AgencyKind? parsedKind = null;
        if (!string.IsNullOrEmpty(kind))
        {
            parsedKind = IntegrationRules.ParseKind(kind);
            if (parsedKind is null)
            {
                errors["kind"] = ["Jenis instansi tidak dikenal (pusat, provinsi, kabupaten, kota)."];
            }
        }

        if (page is < 1)
        {
            errors["page"] = ["Halaman mulai dari 1."];
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"Ukuran halaman 1 sampai {MaxPageSize}."];
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "Permintaan tidak sah.");
        }

        var scope = await scopes.GetAgencyScopeAsync(user, Permissions.ViewAgencies, ct);
        var query = AgencyQuery.Filter(AgencyQuery.Scoped(db, scope), new AgencyFilter { Search = q, Kind = parsedKind, Region = region, RegionalOffice = office, Integration = integration });
        var total = await query.CountAsync(ct);
        var size = pageSize ?? 50;
        var number = page ?? 1;
        var rows = await AgencyQuery.Ordered(query).Skip((number - 1) * size).Take(size).ToListAsync(ct);
        return Results.Ok(new { total, page = number, pageSize = size, items = rows.Select(AgencyJson.Of) });
    }

    private static async Task<IResult> GetAsync(string code, ClaimsPrincipal user, DbContext db, IAgencyScopeService scopes, CancellationToken ct)
    {
        var scope = await scopes.GetAgencyScopeAsync(user, Permissions.ViewAgencies, ct);
        var key = code.Trim().ToUpperInvariant();
        var agency = await AgencyQuery.Scoped(db, scope).FirstOrDefaultAsync(a => a.Code == key, ct);
        return agency is null
            ? Results.Problem(title: "Instansi tidak ditemukan.", statusCode: StatusCodes.Status404NotFound)
            : Results.Ok(AgencyJson.Of(agency));
    }
}
