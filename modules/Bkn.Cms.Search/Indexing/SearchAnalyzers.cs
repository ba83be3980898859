using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Id;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Bkn.Cms.Search.Indexing;

/// <summary>The analyzers an index may use, by name.</summary>
public static class SearchAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;
    public const string Indonesian = "indonesian";
    public const string Standard = "standard";

    public static readonly IReadOnlyList<string> Names = [Indonesian, Standard];

    public static Analyzer Create(string name) => name switch
    {
        Standard => new StandardAnalyzer(Version),
        _ => new IndonesianAnalyzer(Version),
    };
}
