using Bkn.Cms.Security;
using Bkn.Cms.Search.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bkn.Cms.Search.Api;

/// <summary>
/// <c>GET /api/search?q=&amp;type=&amp;year=&amp;page=</c>: public search results as JSON. Deliberately anonymous (the one
/// exception to "/api needs a bearer token", see docs/adr/0007): it reads only the published-only public index, the
/// same results /cari shows to any visitor.
/// </summary>
public static class SearchApi
{
    public const int PageSize = 10;

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/search", (string? q, string? type, int? year, int? page, SearchService search) =>
        {
            var results = search.SearchPublic(new SearchRequest(q, string.IsNullOrWhiteSpace(type) ? null : type, year, page ?? 1, PageSize));
            return Results.Ok(new
            {
                query = results.Query,
                suggestion = results.Suggestion,
                total = results.Total,
                page = results.Page,
                pageSize = results.PageSize,
                pageCount = results.PageCount,
                ready = results.Ready,
                notice = results.Notice,
                items = results.Hits.Select(h => new
                {
                    id = h.ContentItemId,
                    type = h.ContentType,
                    title = h.Title,
                    url = h.Url,
                    snippet = h.SnippetHtml,
                    year = h.Year,
                    date = h.DateUtc,
                }),
            });
        }).WithMetadata(new AllowAnonymousApiAttribute()).RequireRateLimiting(SearchRateLimitPolicy.Name); // Public results only, what a visitor sees at /cari (ADR 0008).
}
