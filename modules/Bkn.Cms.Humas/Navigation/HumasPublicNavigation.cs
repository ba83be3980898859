using Bkn.Cms.Humas.Models;
using Bkn.Cms.Navigation;

namespace Bkn.Cms.Humas.Navigation;

/// <summary>The list page of every Humas type in the public navigation, and the news and regulation feeds.</summary>
public sealed class HumasPublicNavigation : IPublicNavigationProvider
{
    public IEnumerable<PublicNavigationEntry> GetEntries() =>
        HumasTypes.All.Select((type, i) => new PublicNavigationEntry(HumasTypes.DisplayName(type), "/" + HumasTypes.Prefix(type), 10 + i));

    public IEnumerable<PublicFeedLink> GetFeeds() =>
    [
        new(HumasTypes.DisplayName(HumasTypes.Berita), $"/{HumasTypes.Prefix(HumasTypes.Berita)}/rss.xml"),
        new(HumasTypes.DisplayName(HumasTypes.Peraturan), $"/{HumasTypes.Prefix(HumasTypes.Peraturan)}/rss.xml"),
    ];
}
