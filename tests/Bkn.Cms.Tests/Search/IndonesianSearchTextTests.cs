using Bkn.Cms.Search;
using Bkn.Cms.Search.Indexing;
using Lucene.Net.Analysis.TokenAttributes;

namespace Bkn.Cms.Tests.Search;

public sealed class IndonesianSearchTextTests
{
    [Theory]
    [InlineData("kepangkatan", "pangkat")]
    [InlineData("pangkat", "pangkat")]
    [InlineData("kenaikan", "naik")]
    [InlineData("pemberhentian", "henti")]
    public void The_Indonesian_analyzer_reduces_derived_words_to_their_root(string word, string root) =>
        Assert.Equal([root], Tokens(SearchAnalyzers.Indonesian, word));

    [Fact]
    public void The_standard_analyzer_keeps_words_as_typed()
    {
        Assert.Equal(["kepangkatan"], Tokens(SearchAnalyzers.Standard, "Kepangkatan"));
    }

    [Theory]
    [InlineData("Perka 25 tahun 2013", "25/2013")]
    [InlineData("25/2013", "25/2013")]
    [InlineData("peraturan nomor 7 th. 2020", "7/2020")]
    [InlineData("PP 11 Tahun 2017 tentang manajemen PNS", "11/2017")]
    public void A_regulation_number_is_recognised_however_it_is_typed(string query, string key) =>
        Assert.Contains(key, ExactMatch.Keys(query));

    [Fact]
    public void Plain_words_give_no_number_key()
    {
        Assert.Equal(["kenaikan pangkat"], ExactMatch.Keys("  Kenaikan   Pangkat "));
        Assert.Equal("25/2013", ExactMatch.NumberYear("25", 2013));
    }

    private static List<string> Tokens(string analyzerName, string text)
    {
        using var analyzer = SearchAnalyzers.Create(analyzerName);
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var tokens = new List<string>();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }

        stream.End();
        return tokens;
    }
}
