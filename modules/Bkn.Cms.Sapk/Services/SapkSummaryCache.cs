using Bkn.Cms.Agencies;
using Bkn.Cms.Sapk.ViewModels;
using Bkn.Cms.State;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Sapk.Services;

/// <summary>
/// This node's copy of the public summary (latest confirmed totals, groups and trend) that the home page block, the
/// public page and every signed-in visitor (who bypasses the output cache) read. It is kept until a period is confirmed
/// (or a confirmed one goes back to waiting): the figure store empties it, and so does the "sapk-public" stamp moving
/// after the commit, here and on every other node. A copy computed from another registry snapshot (agencies added or
/// regrouped) is not used. A load that started before the copy was emptied is not kept, so a request that read the
/// figures while a confirmation was committing cannot keep the old figures.
/// </summary>
public sealed class SapkSummaryCache : IStampedCache
{
    private readonly Lock _gate = new();
    private Entry? _entry;
    private long _generation;

    public string StampName => SapkPublicCache.Stamp;

    public Task ReloadAsync(DbContext db, CancellationToken cancellationToken)
    {
        Clear();
        return Task.CompletedTask;
    }

    /// <summary>Forgets the copy; the next reader computes it again.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _entry = null;
            _generation++;
        }
    }

    /// <summary>The cached summary for <paramref name="registry"/>, or the one <paramref name="load"/> computes (kept unless the cache was emptied meanwhile).</summary>
    public async Task<SapkPublicSummary> GetAsync(AgencySnapshot registry, Func<CancellationToken, Task<SapkPublicSummary>> load, CancellationToken cancellationToken)
    {
        long generation;
        lock (_gate)
        {
            if (_entry is { } entry && ReferenceEquals(entry.Registry, registry))
            {
                return entry.Summary;
            }

            generation = _generation;
        }

        var summary = await load(cancellationToken);
        lock (_gate)
        {
            if (generation == _generation)
            {
                _entry = new Entry(registry, summary);
            }
        }

        return summary;
    }

    private sealed record Entry(AgencySnapshot Registry, SapkPublicSummary Summary);
}
