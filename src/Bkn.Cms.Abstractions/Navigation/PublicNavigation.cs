using Bkn.Cms.Features;

namespace Bkn.Cms.Navigation;

/// <summary>What the public theme shows from modules: navigation entries, feeds and home blocks of enabled features.</summary>
public sealed class PublicNavigation(IEnumerable<IPublicNavigationProvider> navigationProviders, IEnumerable<IHomeBlockProvider> blockProviders, IFeatureChecker features)
{
    public IReadOnlyList<PublicNavigationEntry> Entries =>
        [.. Enabled(navigationProviders).SelectMany(p => p.GetEntries()).OrderBy(e => e.Order).ThenBy(e => e.Text, StringComparer.Ordinal)];

    public IReadOnlyList<PublicFeedLink> Feeds => [.. Enabled(navigationProviders).SelectMany(p => p.GetFeeds())];

    public async Task<IReadOnlyList<HomeBlock>> GetHomeBlocksAsync(CancellationToken cancellationToken)
    {
        var blocks = new List<HomeBlock>();
        foreach (var provider in Enabled(blockProviders))
        {
            blocks.AddRange(await provider.GetBlocksAsync(cancellationToken));
        }

        return [.. blocks.OrderBy(b => b.Order)];
    }

    /// <summary>Providers of enabled features; a provider no module startup registered (a host's own) always counts.</summary>
    private IEnumerable<T> Enabled<T>(IEnumerable<T> providers) where T : notnull =>
        providers.Where(p => features.FeatureOf(p.GetType()) is not { } featureId || features.IsEnabled(featureId));
}
