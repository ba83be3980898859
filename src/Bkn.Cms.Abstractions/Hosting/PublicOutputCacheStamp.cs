using Bkn.Cms.State;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Hosting;

/// <summary>
/// Empties the public output cache (<see cref="PublicOutputCache.Tag"/>) when a module's public data changes. A change
/// bumps the module's stamp as its transaction commits (<see cref="Stamps.BumpOnCommitAsync"/>: the shared stamp row is
/// locked only for the commit) and evicts at once; right after the commit this node evicts again (the stamps' commit
/// participant), and every other node does when it sees the stamp move (poll or Redis), which also drops what a
/// request may have cached from the not yet committed state. A module derives one class with its own stamp name and
/// registers it as itself and as <see cref="IStampedCache"/>.
/// </summary>
public abstract class PublicOutputCacheStamp(IOutputCacheStore store, string stamp) : IStampedCache
{
    public string StampName => stamp;

    public async Task InvalidateAsync(DbContext db, CancellationToken cancellationToken)
    {
        await Stamps.BumpOnCommitAsync(db, stamp, cancellationToken);
        await store.EvictByTagAsync(PublicOutputCache.Tag, cancellationToken);
    }

    public async Task ReloadAsync(DbContext db, CancellationToken cancellationToken) =>
        await store.EvictByTagAsync(PublicOutputCache.Tag, cancellationToken);
}
