using System.Net;
using System.Text.Json.Nodes;
using Bkn.Cms.Search.Indexing;
using Bkn.Cms.Search.Services;
using Lucene.Net.Search;
using Bkn.Cms.Tests.Infrastructure;
using Lucene.Net.Util;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Search;

/// <summary>
/// Public search takes any text a person (or an attacker) can type: query-parser syntax that used to overflow the stack
/// (regular expressions), pin a core (wildcards, fuzzy, proximity, huge repeats) or answer 500 is searched as plain words.
/// </summary>
public sealed class SearchAbuseTests(SearchAbuseTests.Host host) : IClassFixture<SearchAbuseTests.Host>
{
    public static TheoryData<string> HostileQueries()
    {
        var data = new TheoryData<string>
        {
            "/[a-z]{1,10000}/",
            "/(a|aa)*b{1,65535}c{9999}/",
            "/" + string.Concat(Enumerable.Repeat("(", 90)) + "a" + string.Concat(Enumerable.Repeat(")*", 90)) + "/",
            "/" + string.Concat(Enumerable.Repeat("(a{1,100}", 30)) + string.Concat(Enumerable.Repeat(")", 30)) + "/",
            "/.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*x/",
            "a~",
            "pangkat~0.0000001",
            "*a*",
            "?*?*?*?*?*?*",
            "\"a b\"~1000000",
            "\"kenaikan pangkat\"~2147483647",
            "pangkat^99999999999999999999",
            "title:[a TO z] OR text:{* TO *}",
            "((((((((((((((((((((((((((((((pangkat",
            "pangkat]]]]]]]]]]))))}}}}",
            "\"unbalanced quote",
            "\"\"\"\"\"\"\"",
            "pangkat\0kenaikan\0",
            "\0",
            "\\",
            "AND OR NOT && || !",
            "-",
            "- - - -pangkat",
            "😀 𝔭𝔞𝔫𝔤𝔨𝔞𝔱 \uFFFF \uD800",
            new string('x', 10_000),
            string.Join(' ', Enumerable.Range(0, 3000).Select(i => "kata" + i)),
            string.Concat(Enumerable.Repeat("\"a\" ", 2500)),
        };
        return data;
    }

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task Any_text_is_answered_with_results_and_never_with_an_error(string query)
    {
        var visitor = host.Factory.CreateBrowser();

        var page = await visitor.GetAsync("/cari?q=" + Uri.EscapeDataString(query));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var api = await visitor.GetAsync("/api/search?q=" + Uri.EscapeDataString(query));
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        var json = JsonNode.Parse(await api.Content.ReadAsStringAsync())!;
        Assert.True(json["query"]!.GetValue<string>().Length <= SearchService.MaxQueryLength);
    }

    [Theory]
    [InlineData("/pangkat/")]
    [InlineData("pangkat~")]
    [InlineData("*pangkat*")]
    [InlineData("title:pangkat")]
    [InlineData("(kenaikan AND pangkat)")]
    public async Task Operators_are_searched_as_the_words_they_contain(string query)
    {
        var visitor = host.Factory.CreateBrowser();
        var titles = await SearchTestData.TitlesAsync(visitor, query, "&type=Halaman");
        Assert.Equal("Kenaikan Pangkat Reguler", titles[0]);
    }

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public void Only_term_and_exact_phrase_queries_reach_lucene(string query)
    {
        using var analyzer = SearchAnalyzers.Create(SearchAnalyzers.Indonesian);
        foreach (var allWords in new[] { true, false })
        {
            var built = SearchQueryBuilder.Build(query[..Math.Min(query.Length, SearchService.MaxQueryLength)], analyzer, allWords);
            var leaves = new List<Query>();
            Collect(built.Query, leaves);
            Assert.All(leaves, q => Assert.True(q is TermQuery || q is PhraseQuery { Slop: 0 }, $"{q.GetType().Name}: {q}"));
            Assert.True(leaves.Count <= 2 * SearchQueryBuilder.MaxUnits * SearchService.MaxQueryLength);
        }

        static void Collect(Query? query, List<Query> leaves)
        {
            if (query is BooleanQuery boolean)
            {
                foreach (var clause in boolean.Clauses)
                {
                    Collect(clause.Query, leaves);
                }
            }
            else if (query is not null)
            {
                leaves.Add(query);
            }
        }
    }

    [Fact]
    public async Task Quoted_phrases_match_the_words_in_order_and_a_minus_excludes_a_word()
    {
        var visitor = host.Factory.CreateBrowser();

        // Both pages hold both words; only one holds them as a phrase.
        Assert.Equal(2, (await SearchTestData.TitlesAsync(visitor, "pangkat kenaikan", "&type=Halaman")).Count);
        Assert.Equal(["Kenaikan Pangkat Reguler"], await SearchTestData.TitlesAsync(visitor, "\"kenaikan pangkat\"", "&type=Halaman"));
        var withoutReguler = await SearchTestData.TitlesAsync(visitor, "pangkat -reguler", "&type=Halaman");
        Assert.Contains("Jadwal Cuti dan Pangkat", withoutReguler);
        Assert.DoesNotContain("Kenaikan Pangkat Reguler", withoutReguler);
    }

    [Fact]
    public async Task More_words_than_a_query_may_hold_are_cut_with_a_message()
    {
        var visitor = host.Factory.CreateBrowser();
        var json = await SearchTestData.SearchAsync(visitor, "kenaikan " + string.Join(' ', Enumerable.Range(0, 30).Select(i => "w" + i)));
        Assert.Equal(SearchService.TooManyWordsNotice, json["notice"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_search_that_runs_out_of_time_answers_with_what_it_found_and_says_so()
    {
        // A clock that leaps a minute at every look: every search is over its budget at its first match.
        await using var factory = new CmsFactory(services: s => s.AddSingleton(new SearchTimeBudget(new LeapingCounter(), 1000)));
        await SearchTestData.PageAsync(factory, "Kenaikan Pangkat", "Kenaikan pangkat reguler.", publish: true);
        var visitor = factory.CreateBrowser();
        await SearchTestData.WaitUntilCaughtUpAsync(factory);

        var json = await SearchTestData.SearchAsync(visitor, "pangkat");
        Assert.Equal(SearchService.TimedOutNotice, json["notice"]!.GetValue<string>());
        var page = await visitor.GetAsync("/cari?q=pangkat");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Pencarian dihentikan karena terlalu lama", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Public_search_is_rate_limited_per_client_with_a_message_in_indonesian()
    {
        await using var factory = new CmsFactory(settings: new() { ["RateLimits:SearchPerMinute"] = "2" });
        var visitor = factory.CreateBrowser();

        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/api/search?q=pangkat")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/cari?q=pangkat")).StatusCode);

        var api = await visitor.GetAsync("/api/search?q=pangkat");
        Assert.Equal(HttpStatusCode.TooManyRequests, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Equal(SearchRateLimitPolicy.Message, JsonNode.Parse(await api.Content.ReadAsStringAsync())!["title"]!.GetValue<string>());

        var page = await visitor.GetAsync("/cari?q=pangkat");
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.Contains("Terlalu banyak permintaan", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Other pages are not counted against search.
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/")).StatusCode);
    }

    /// <summary>One host with two findable pages for the tests that only read.</summary>
    public sealed class Host : IAsyncLifetime
    {
        public CmsFactory Factory { get; } = new();

        public async Task InitializeAsync()
        {
            await SearchTestData.PageAsync(Factory, "Kenaikan Pangkat Reguler", "Syarat kenaikan pangkat reguler bagi PNS.", publish: true);
            await SearchTestData.PageAsync(Factory, "Jadwal Cuti dan Pangkat", "Pangkat tidak berubah selama cuti; kenaikan gaji tetap.", publish: true);
            await SearchTestData.WaitUntilCaughtUpAsync(Factory);
        }

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }

    private sealed class LeapingCounter : Counter
    {
        private long _value;

        public override long Value => Interlocked.Add(ref _value, 60_000);

        public override long AddAndGet(long delta) => Interlocked.Add(ref _value, delta);
    }
}
