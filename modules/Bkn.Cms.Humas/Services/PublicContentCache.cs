using Bkn.Cms.Hosting;
using Bkn.Cms.State;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Humas.Services;

/// <summary>
/// Invalidates the public output cache. A change bumps the "public-content" stamp as its transaction commits
/// (<see cref="Stamps.BumpOnCommitAsync"/>: the shared stamp row is locked only for the commit) and evicts at once; right after the commit this node evicts again
/// (the stamps' commit participant), and every other node does when it sees the stamp move (poll or Redis), which
/// also drops what a request may have cached from the not yet committed state.
/// </summary>
public sealed class PublicContentCache(IOutputCacheStore store) : IStampedCache
{
    public const string Stamp = "public-content";

    public string StampName => Stamp;

    public async Task InvalidateAsync(DbContext db, CancellationToken cancellationToken)
    {
        await Stamps.BumpOnCommitAsync(db, Stamp, cancellationToken);
        await store.EvictByTagAsync(PublicOutputCache.Tag, cancellationToken);
    }

    public async Task ReloadAsync(DbContext db, CancellationToken cancellationToken) =>
        await store.EvictByTagAsync(PublicOutputCache.Tag, cancellationToken);
}
