using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Bkn.Cms.Agencies;
using Bkn.Cms.Security;
using Bkn.Cms.Validation;
using Bkn.Cms.WebService.Models;
using Bkn.Cms.WebService.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.WebService.Api;

/// <summary>The personnel API under /api/ws/v1, its OpenAPI document and its reference page.</summary>
public static class WsApi
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 500;

    /// <summary>Longest proposal number the API accepts.</summary>
    public const int MaxProposalNumber = 40;

    /// <summary>How long clients and caches may keep a reference table.</summary>
    public const string ReferenceCacheControl = "private, max-age=3600";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(WebServiceRoutes.Token, WsTokenEndpoint.HandleAsync)
            .RequireRateLimiting(WsTokenEndpoint.RateLimitPolicy)
            .ExcludeFromDescription();

        var open = endpoints.MapGroup("").WithMetadata(new AllowAnonymousApiAttribute());
        open.MapGet(WebServiceRoutes.OpenApi, (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "public, max-age=300";
            return Results.Text(WsOpenApi.Document().ToJsonString(new JsonSerializerOptions { WriteIndented = true }), "application/json; charset=utf-8");
        });
        open.MapGet(WebServiceRoutes.Docs, () => Results.Content(WsOpenApi.DocsPage, "text/html; charset=utf-8"));

        var api = endpoints.MapGroup(WebServiceRoutes.Api).WithMetadata(new AllowAnonymousApiAttribute());
        api.MapGet("/pns/{nip}", GetPnsAsync).AddEndpointFilter(new WsGate(WsScopes.Pns));
        api.MapGet("/pns", ListPnsAsync).AddEndpointFilter(new WsGate(WsScopes.Pns));
        api.MapGet("/referensi/{tabel}", GetReferenceAsync).AddEndpointFilter(new WsGate(WsScopes.Referensi));
        api.MapGet("/usulan/{nomor}", GetUsulanAsync).AddEndpointFilter(new WsGate(WsScopes.Usulan));
    }

    private static async Task<IResult> GetPnsAsync(string nip, HttpContext http, IPersonnelRecords records)
    {
        var caller = WsCaller.Get(http);
        if (!NipRules.TryParse(nip, out var parts, out var error))
        {
            return WsProblems.BadRequest(error);
        }

        var record = await records.FindAsync(parts.Nip, caller.Dataset, http.RequestAborted);

        // Another agency's NIP answers exactly as an unknown one.
        if (record is null || record.AgencyId != caller.AgencyId || record.Dataset != caller.Dataset)
        {
            return WsProblems.NotFound(WsProblems.NotFoundDetail);
        }

        WsCaller.SetRecords(http, 1);
        return Cacheable(http, JsonSerializer.SerializeToUtf8Bytes(PnsDto.From(record), Json), "private, no-cache");
    }

    private static async Task<IResult> ListPnsAsync(HttpContext http, IPersonnelRecords records, string? unor, string? updatedSince, string? cursor, string? limit)
    {
        var caller = WsCaller.Get(http);
        var size = DefaultLimit;
        if (limit is not null && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size < 1))
        {
            return WsProblems.BadRequest($"limit harus bilangan bulat 1 sampai {MaxLimit}.");
        }

        size = Math.Min(size, MaxLimit);
        DateTime? since = null;
        if (!string.IsNullOrEmpty(updatedSince))
        {
            if (!DateTimeOffset.TryParse(updatedSince, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                return WsProblems.BadRequest("updatedSince harus tanggal dan waktu ISO 8601, misalnya 2017-01-31T00:00:00Z.");
            }

            since = parsed.UtcDateTime;
        }

        PersonnelKeyset? after = null;
        if (!string.IsNullOrEmpty(cursor))
        {
            if (!WsCursor.TryDecode(cursor, out var keyset))
            {
                return WsProblems.BadRequest("cursor tidak sah. Gunakan nilai nextCursor dari halaman sebelumnya.");
            }

            after = keyset;
        }

        if (unor is { Length: > 200 })
        {
            return WsProblems.BadRequest("unor paling panjang 200 karakter.");
        }

        // One more than asked tells whether a next page exists.
        var rows = await records.ChangesAsync(caller.AgencyId, caller.Dataset, string.IsNullOrWhiteSpace(unor) ? null : unor.Trim(), since, after, size + 1, http.RequestAborted);
        var page = rows.Where(r => r.AgencyId == caller.AgencyId && r.Dataset == caller.Dataset).Take(size).ToList();
        var next = rows.Count > size && page.Count > 0 ? WsCursor.Encode(new PersonnelKeyset(page[^1].UpdatedUtc, page[^1].Nip)) : null;
        WsCaller.SetRecords(http, page.Count);
        return Cacheable(http, JsonSerializer.SerializeToUtf8Bytes(new PnsPageDto([.. page.Select(PnsDto.From)], next, size), Json), "private, no-cache");
    }

    /// <summary>
    /// The status of a KP or pension proposal of the caller's own agency. Proposals are real records: a training client,
    /// another agency's number, an unknown number and a site without the proposals module all get the same 404.
    /// </summary>
    private static async Task<IResult> GetUsulanAsync(string nomor, HttpContext http)
    {
        var caller = WsCaller.Get(http);
        var number = nomor.Trim();
        if (number.Length is < 3 or > MaxProposalNumber || !number.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            return WsProblems.BadRequest($"nomor usulan hanya berisi huruf, angka dan tanda hubung (3–{MaxProposalNumber} karakter), misalnya KP-201704-1A2B3C4D.");
        }

        var lookup = http.RequestServices.GetService<IProposalStatusLookup>();
        var proposal = lookup is null || caller.Dataset != PersonnelDataset.Production ? null : await lookup.FindAsync(number, caller.AgencyId, http.RequestAborted);
        if (proposal is null || proposal.AgencyId != caller.AgencyId)
        {
            return WsProblems.NotFound(WsProblems.UsulanNotFoundDetail);
        }

        WsCaller.SetRecords(http, 1);
        return Cacheable(http, JsonSerializer.SerializeToUtf8Bytes(UsulanDto.From(proposal), Json), "private, no-cache");
    }

    private static async Task<IResult> GetReferenceAsync(string tabel, HttpContext http, WsReferenceTables tables)
    {
        var caller = WsCaller.Get(http);
        var name = tabel.ToLowerInvariant();
        var rows = await tables.GetAsync(name, caller.AgencyId, caller.Dataset, http.RequestAborted);
        if (rows is null)
        {
            return WsProblems.NotFound($"Tabel referensi tidak dikenal. Tersedia: {string.Join(", ", WsReferenceTables.Names)}.");
        }

        WsCaller.SetRecords(http, rows.Count);
        return Cacheable(http, JsonSerializer.SerializeToUtf8Bytes(new ReferenceDto(name, rows), Json), ReferenceCacheControl);
    }

    /// <summary>Answers with an ETag of the body, or 304 when the client already holds it (If-None-Match).</summary>
    private static IResult Cacheable(HttpContext http, byte[] body, string cacheControl)
    {
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 16)) + "\"";
        http.Response.Headers.ETag = etag;
        http.Response.Headers.CacheControl = cacheControl;
        http.Response.Headers.Vary = "Authorization";
        var match = http.Request.Headers.IfNoneMatch.ToString();
        if (match.Length > 0 && (match.Trim() == "*" || match.Split(',').Any(m => m.Trim().TrimStart('W', '/') == etag)))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(body, "application/json; charset=utf-8");
    }
}
