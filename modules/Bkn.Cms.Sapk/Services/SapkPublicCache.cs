using Bkn.Cms.Hosting;
using Microsoft.AspNetCore.OutputCaching;

namespace Bkn.Cms.Sapk.Services;

/// <summary>
/// Empties the public output cache when a period is confirmed, so the home block and the public SAPK page show the new
/// figures (the "sapk-public" stamp).
/// </summary>
public sealed class SapkPublicCache(IOutputCacheStore store) : PublicOutputCacheStamp(store, Stamp)
{
    public const string Stamp = "sapk-public";
}
