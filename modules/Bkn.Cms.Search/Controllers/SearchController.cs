using Bkn.Cms.ContentManagement;
using Bkn.Cms.Features;
using Bkn.Cms.Search.Services;
using Bkn.Cms.Search.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Bkn.Cms.Search.Controllers;

/// <summary>Public search page "/cari": published items and other modules' public documents (<see cref="ISearchDocumentSource"/>) of the public index, across types, with filters and paging.</summary>
[AllowAnonymous]
public sealed class SearchController(SearchService search, IContentDefinitionStore definitions, IEnumerable<ISearchDocumentSource> sources, IFeatureChecker features, TimeProvider time) : Controller
{
    public const int PageSize = 10;

    [HttpGet("/cari")]
    [EnableRateLimiting(SearchRateLimitPolicy.Name)]
    public IActionResult Index(string? q, string? type, int? year, int? page)
    {
        var results = search.SearchPublic(new SearchRequest(q, string.IsNullOrWhiteSpace(type) ? null : type, year, page ?? 1, PageSize));
        // The index's listed types, and the types of sources whose documents are always public (when the index lists any).
        var listed = search.PublicTypes;
        var types = listed.Concat(listed.Count == 0 ? Enumerable.Empty<string>() : sources.Where(s => s.AlwaysPublic && (features.FeatureOf(s.GetType()) is not { } feature || features.IsEnabled(feature))).Select(s => s.Type))
            .Distinct(StringComparer.Ordinal)
            .Select(t => new KeyValuePair<string, string>(t, definitions.GetType(t)?.DisplayName ?? sources.FirstOrDefault(s => s.Type == t)?.TypeLabel ?? t))
            .ToList();
        var thisYear = time.GetUtcNow().Year;
        var years = Enumerable.Range(0, 15).Select(i => thisYear - i).ToList();
        return View(new SearchPageViewModel(results, type, year, types, years));
    }
}
