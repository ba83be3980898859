using Bkn.Cms.Search.Services;

namespace Bkn.Cms.Search.ViewModels;

/// <summary>The public search page: the results and the choices of the type filter (name → display name).</summary>
public sealed record SearchPageViewModel(SearchResults Results, string? Type, int? Year, IReadOnlyList<KeyValuePair<string, string>> Types, IReadOnlyList<int> Years)
{
    public string TypeName(string type) => Types.FirstOrDefault(t => t.Key == type).Value ?? type;

    public string PageUrl(int page) => Url(Results.Query, page);

    /// <summary>The search for the corrected spelling (first page), when the results are those of a suggestion.</summary>
    public string? SuggestionUrl => Results.Suggestion is { } suggestion ? Url(suggestion, 1) : null;

    private string Url(string query, int page)
    {
        var parts = new List<string> { "q=" + Uri.EscapeDataString(query) };
        if (!string.IsNullOrEmpty(Type))
        {
            parts.Add("type=" + Uri.EscapeDataString(Type));
        }

        if (Year is { } year)
        {
            parts.Add("year=" + year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        parts.Add("page=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return "/cari?" + string.Join('&', parts);
    }
}
