using Bkn.Cms.Hosting;
using Bkn.Cms.State;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Sapk.Services;

/// <summary>
/// Empties the public page cache when a period is confirmed, so the home block and the public SAPK page show the new
/// figures: the "sapk-public" stamp moves as the transaction commits and this node evicts at once; other nodes evict
/// when they see the stamp move.
/// </summary>
public sealed class SapkPublicCache(IOutputCacheStore store) : IStampedCache
{
    public const string Stamp = "sapk-public";

    public string StampName => Stamp;

    public async Task InvalidateAsync(DbContext db, CancellationToken cancellationToken)
    {
        await Stamps.BumpOnCommitAsync(db, Stamp, cancellationToken);
        await store.EvictByTagAsync(PublicOutputCache.Tag, cancellationToken);
    }

    public async Task ReloadAsync(DbContext db, CancellationToken cancellationToken) =>
        await store.EvictByTagAsync(PublicOutputCache.Tag, cancellationToken);
}
