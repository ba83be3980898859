namespace Bkn.Cms.Navigation;

/// <summary>
/// Implemented by a module to add entries to the public site's navigation (and feeds to its head). Registered in the
/// module's startup, so the entries vanish while the module's feature is off.
/// </summary>
public interface IPublicNavigationProvider
{
    IEnumerable<PublicNavigationEntry> GetEntries();

    IEnumerable<PublicFeedLink> GetFeeds() => [];
}
