using Bkn.Cms.Navigation;

namespace Bkn.Cms.Sapk.Navigation;

/// <summary>The public SAPK page in the public site's navigation (gone while the feature is off).</summary>
public sealed class SapkPublicNavigation : IPublicNavigationProvider
{
    public IEnumerable<PublicNavigationEntry> GetEntries() => [new PublicNavigationEntry("Statistik SAPK", SapkRoutes.Public, 70)];
}
