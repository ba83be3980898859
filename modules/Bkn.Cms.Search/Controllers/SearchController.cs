using Bkn.Cms.ContentManagement;
using Bkn.Cms.Search.Services;
using Bkn.Cms.Search.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Bkn.Cms.Search.Controllers;

/// <summary>Public search page "/cari": published items and other modules' public documents (<see cref="ISearchDocumentSource"/>) of the public index, across types, with filters and paging.</summary>
[AllowAnonymous]
public sealed class SearchController(SearchService search, IContentDefinitionStore definitions, IEnumerable<ISearchDocumentSource> sources, TimeProvider time) : Controller
{
    public const int PageSize = 10;

    [HttpGet("/cari")]
    [EnableRateLimiting(SearchRateLimitPolicy.Name)]
    public IActionResult Index(string? q, string? type, int? year, int? page)
    {
        var results = search.SearchPublic(new SearchRequest(q, string.IsNullOrWhiteSpace(type) ? null : type, year, page ?? 1, PageSize));
        var types = search.PublicTypes
            .Select(t => new KeyValuePair<string, string>(t, definitions.GetType(t)?.DisplayName ?? sources.FirstOrDefault(s => s.Type == t)?.TypeLabel ?? t))
            .ToList();
        var thisYear = time.GetUtcNow().Year;
        var years = Enumerable.Range(0, 15).Select(i => thisYear - i).ToList();
        return View(new SearchPageViewModel(results, type, year, types, years));
    }
}
