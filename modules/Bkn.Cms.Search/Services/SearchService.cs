using System.Globalization;
using System.Net;
using Bkn.Cms.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Microsoft.Extensions.Configuration;

namespace Bkn.Cms.Search.Services;

/// <summary>
/// Queries an index: the words and phrases go through the index's analyzer (AND between them, title weighted 3×, see
/// <see cref="SearchQueryBuilder"/>: no query-parser syntax reaches Lucene); exact-match keys (a regulation number such as
/// "25/2013") rank first. Each search stops when its <see cref="SearchTimeBudget"/> runs out and shows what it found.
/// </summary>
public sealed class SearchService(SearchIndexManager manager, IConfiguration configuration, SearchTimeBudget budget)
{
    public const int MaxQueryLength = 200;
    public const int MaxPage = 100;
    private const float ExactBoost = 1000f;
    private const int SnippetLength = 160;

    public const string TooManyWordsNotice = "Kata kunci terlalu banyak; hanya 16 kata atau frasa pertama yang dicari.";
    public const string TimedOutNotice = "Pencarian dihentikan karena terlalu lama; hasilnya mungkin belum lengkap.";

    /// <summary>The index /cari and /api/search read (published versions only).</summary>
    public string PublicIndex => configuration["Search:PublicIndex"] is { Length: > 0 } name ? name : "publik";

    /// <summary>The index the admin content list reads (latest versions, drafts included).</summary>
    public string AdminIndex => configuration["Search:AdminIndex"] is { Length: > 0 } name ? name : "konten";

    /// <summary>Content types the public index holds (for the type filter).</summary>
    public IReadOnlyList<string> PublicTypes => manager.Find(PublicIndex)?.Settings.ContentTypes ?? [];

    public SearchResults SearchPublic(SearchRequest request)
    {
        var state = manager.Find(PublicIndex);
        if (state is not null && !state.Settings.PublishedOnly)
        {
            // Never show drafts to visitors, whatever the configuration says.
            return SearchResults.Empty(request.Query ?? "", 1, request.PageSize, "Indeks pencarian publik salah diatur.", false);
        }

        return Search(state, request, highlight: true, budget, suggest: true);
    }

    /// <summary>Ids of the best matches in the index of latest versions, or null when it is not available.</summary>
    public IReadOnlyList<string>? FindLatestIds(string text, int max)
    {
        var state = manager.Find(AdminIndex);
        if (state?.Active is null || state.Settings.PublishedOnly)
        {
            return null;
        }

        var results = Search(state, new SearchRequest(text, PageSize: max), highlight: false, budget);
        return [.. results.Hits.Select(h => h.ContentItemId)];
    }

    /// <summary>Searches with the default time budget (used by the benchmarks).</summary>
    public static SearchResults Search(IndexState? state, SearchRequest request, bool highlight) => Search(state, request, highlight, SearchTimeBudget.Default);

    /// <summary>
    /// Searches. With <paramref name="suggest"/>, a query whose words no page has together is checked for misspelt words:
    /// when the corrected query finds pages, those are the results and <see cref="SearchResults.Suggestion"/> says so.
    /// </summary>
    public static SearchResults Search(IndexState? state, SearchRequest request, bool highlight, SearchTimeBudget budget, bool suggest = false)
    {
        var pageSize = Math.Clamp(request.PageSize, 1, 1000);
        var page = Math.Clamp(request.Page, 1, MaxPage);
        var text = (request.Query ?? "").Trim();
        string? notice = null;
        if (text.Length > MaxQueryLength)
        {
            text = text[..MaxQueryLength];
            notice = $"Kata kunci terlalu panjang; hanya {MaxQueryLength} karakter pertama yang dicari.";
        }

        var index = state?.Active;
        if (index is null || text.Length == 0)
        {
            return SearchResults.Empty(text, page, pageSize, notice, index is not null);
        }

        var built = SearchQueryBuilder.Build(text, index.Analyzer, allWords: true);
        if (built.Truncated)
        {
            notice ??= TooManyWordsNotice;
        }
        else if (built.HadSyntax)
        {
            notice ??= "Tanda baca khusus dalam kata kunci dicari sebagai teks biasa.";
        }

        var textQuery = built.Query;
        var searcher = index.Searchers.Acquire();
        try
        {
            var (top, complete) = Collect(searcher, Combine(textQuery, text, request), page * pageSize, budget);
            if (top.TotalHits == 0 && complete && suggest && SpellingSuggester.Suggest(searcher.IndexReader, text) is { } corrected
                && !string.Equals(corrected, text, StringComparison.OrdinalIgnoreCase))
            {
                var better = Search(state, request with { Query = corrected }, highlight, budget, suggest: false);
                if (better.Total > 0)
                {
                    return better with { Query = text, Suggestion = corrected, Notice = notice ?? better.Notice };
                }
            }

            if (top.TotalHits == 0 && complete)
            {
                // No page has every word: show pages with most of them rather than nothing.
                var anyWord = SearchQueryBuilder.Build(text, index.Analyzer, allWords: false).Query;
                if (anyWord is not null && anyWord.ToString() != textQuery?.ToString())
                {
                    textQuery = anyWord;
                    (top, complete) = Collect(searcher, Combine(textQuery, text, request), page * pageSize, budget);
                }
            }

            if (!complete)
            {
                notice = TimedOutNotice;
            }

            var highlighter = highlight && textQuery is not null ? new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), new QueryScorer(textQuery)) { TextFragmenter = new SimpleFragmenter(SnippetLength) } : null;
            var hits = new List<SearchHit>();
            foreach (var scoreDoc in top.ScoreDocs.Skip((page - 1) * pageSize))
            {
                var doc = searcher.Doc(scoreDoc.Doc);
                var title = doc.Get(SearchFields.Title) ?? "";
                // The snippet comes from the item's sentences (no metadata values); items without any fall back to the text.
                var body = doc.Get(SearchFields.Snippet) is { Length: > 0 } prose ? prose : doc.Get(SearchFields.Text) ?? "";
                hits.Add(new SearchHit(
                    doc.Get(SearchFields.Id),
                    doc.Get(SearchFields.Type),
                    title,
                    Highlight(highlighter, index.Analyzer, SearchFields.Title, title) ?? WebUtility.HtmlEncode(title),
                    doc.Get(SearchFields.Url),
                    highlighter is null ? "" : Highlight(highlighter, index.Analyzer, SearchFields.Text, body, 2) ?? WebUtility.HtmlEncode(Shorten(Squash(body))),
                    int.TryParse(doc.Get(SearchFields.Year), CultureInfo.InvariantCulture, out var y) ? y : 0,
                    new DateTime(doc.GetField(SearchFields.Date)?.GetInt64Value() ?? 0, DateTimeKind.Utc),
                    scoreDoc.Score));
            }

            return new SearchResults(text, hits, top.TotalHits, page, pageSize, notice, true);
        }
        finally
        {
            index.Searchers.Release(searcher);
        }
    }

    /// <summary>The best <paramref name="count"/> matches found within the time budget; <c>complete</c> is false when it ran out.</summary>
    private static (TopDocs Top, bool Complete) Collect(IndexSearcher searcher, Query query, int count, SearchTimeBudget budget)
    {
        var collector = TopScoreDocCollector.Create(count, true);
        var limited = new TimeLimitingCollector(collector, budget.Clock, budget.Ticks);
        limited.SetBaseline();
        try
        {
            searcher.Search(query, limited);
            return (collector.GetTopDocs(), true);
        }
        catch (TimeLimitingCollector.TimeExceededException)
        {
            return (collector.GetTopDocs(), false);
        }
    }

    private static BooleanQuery Combine(Query? textQuery, string text, SearchRequest request)
    {
        var match = new BooleanQuery();
        if (textQuery is not null)
        {
            match.Add(textQuery, Occur.SHOULD);
        }

        foreach (var key in ExactMatch.Keys(text))
        {
            match.Add(new TermQuery(new Term(SearchFields.Exact, key)) { Boost = ExactBoost }, Occur.SHOULD);
        }

        var query = new BooleanQuery { { match, Occur.MUST } };
        if (!string.IsNullOrEmpty(request.Type))
        {
            query.Add(new TermQuery(new Term(SearchFields.Type, request.Type)) { Boost = 0 }, Occur.MUST);
        }

        if (request.Year is { } year)
        {
            query.Add(new TermQuery(new Term(SearchFields.Year, year.ToString(CultureInfo.InvariantCulture))) { Boost = 0 }, Occur.MUST);
        }

        return query;
    }

    private static string? Highlight(Highlighter? highlighter, Analyzer analyzer, string field, string text, int fragments = 1)
    {
        if (highlighter is null || text.Length == 0)
        {
            return null;
        }

        using var tokens = analyzer.GetTokenStream(field, text);
        var best = highlighter.GetBestFragments(tokens, text, fragments, " … ");
        return string.IsNullOrEmpty(best) ? null : best;
    }

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Shorten(string text) => text.Length <= SnippetLength ? text : text[..SnippetLength].TrimEnd() + " …";
}
