namespace Bkn.Cms.Search.Services;

/// <summary>
/// One page of results. <see cref="Notice"/> tells the user about a shortened or unreadable query; <see cref="Suggestion"/>,
/// when set, is the corrected spelling of <see cref="Query"/> whose results these are (the query itself found nothing).
/// </summary>
public sealed record SearchResults(string Query, IReadOnlyList<SearchHit> Hits, int Total, int Page, int PageSize, string? Notice, bool Ready)
{
    public string? Suggestion { get; init; }

    public int PageCount => Total == 0 ? 0 : (int)Math.Ceiling(Total / (double)PageSize);

    public static SearchResults Empty(string query, int page, int pageSize, string? notice, bool ready) => new(query, [], 0, page, pageSize, notice, ready);
}

/// <summary>A result. <see cref="TitleHtml"/> and <see cref="SnippetHtml"/> are HTML-encoded text with the matches in &lt;mark&gt;.</summary>
public sealed record SearchHit(string ContentItemId, string ContentType, string Title, string TitleHtml, string? Url, string SnippetHtml, int Year, DateTime DateUtc, float Score);
