using Bkn.Cms.Navigation;

namespace Bkn.Cms.Pkt.Navigation;

/// <summary>The kiosk page in the public site's navigation (gone while the feature is off).</summary>
public sealed class PktPublicNavigation : IPublicNavigationProvider
{
    public IEnumerable<PublicNavigationEntry> GetEntries() => [new PublicNavigationEntry("Antrean PKT", PktRoutes.Kiosk, 70)];
}
