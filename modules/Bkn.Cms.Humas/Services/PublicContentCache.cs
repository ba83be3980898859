using Bkn.Cms.Hosting;
using Microsoft.AspNetCore.OutputCaching;

namespace Bkn.Cms.Humas.Services;

/// <summary>Empties the public output cache when published content changes (the "public-content" stamp).</summary>
public sealed class PublicContentCache(IOutputCacheStore store) : PublicOutputCacheStamp(store, Stamp)
{
    public const string Stamp = "public-content";
}
