using Lucene.Net.Search;
using Lucene.Net.Util;
using Microsoft.Extensions.Configuration;

namespace Bkn.Cms.Search.Services;

/// <summary>
/// How long one search may collect matches (<c>Search:QueryTimeout</c>, default 2 s) and the clock it is measured
/// with: Lucene's shared millisecond counter. A search that runs out answers with the matches found so far.
/// </summary>
public sealed class SearchTimeBudget(Counter clock, long ticks)
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(2);

    public static SearchTimeBudget Default { get; } = new(TimeLimitingCollector.GlobalCounter, (long)DefaultTimeout.TotalMilliseconds);

    /// <summary>The clock the budget is counted on.</summary>
    public Counter Clock { get; } = clock;

    /// <summary>Clock ticks a search may take.</summary>
    public long Ticks { get; } = ticks;

    public static SearchTimeBudget FromConfiguration(IConfiguration configuration) =>
        new(TimeLimitingCollector.GlobalCounter, (long)configuration.GetValue("Search:QueryTimeout", DefaultTimeout).TotalMilliseconds);
}
