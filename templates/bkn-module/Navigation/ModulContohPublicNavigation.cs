using Bkn.Cms.Navigation;

namespace Bkn.Cms.ModulContoh.Navigation;

/// <summary>The module's public page in the public site's navigation (gone while the feature is off).</summary>
public sealed class ModulContohPublicNavigation : IPublicNavigationProvider
{
    public IEnumerable<PublicNavigationEntry> GetEntries() => [new PublicNavigationEntry("Nama Tampilan Contoh", ModulContohRoutes.Public, 70)];
}
