using Bkn.Cms.Navigation;

namespace Bkn.Cms.Sop.Navigation;

/// <summary>The public SOP list in the public site's navigation (gone while the feature is off).</summary>
public sealed class SopPublicNavigation : IPublicNavigationProvider
{
    public IEnumerable<PublicNavigationEntry> GetEntries() => [new PublicNavigationEntry("SOP", SopRoutes.Public, 70)];
}
