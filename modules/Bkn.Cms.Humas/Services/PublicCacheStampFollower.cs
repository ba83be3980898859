using Bkn.Cms.Hosting;
using Bkn.Cms.State;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Humas.Services;

/// <summary>Empties the public page cache when other state shown on every page moves (site settings, features).</summary>
public sealed class PublicCacheStampFollower(string stampName, IOutputCacheStore store) : IStampedCache
{
    public string StampName { get; } = stampName;

    public async Task ReloadAsync(DbContext db, CancellationToken cancellationToken) =>
        await store.EvictByTagAsync(PublicOutputCache.Tag, cancellationToken);
}
