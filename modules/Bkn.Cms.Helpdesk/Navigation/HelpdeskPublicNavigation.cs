using Bkn.Cms.Navigation;

namespace Bkn.Cms.Helpdesk.Navigation;

/// <summary>The helpdesk's public page in the public navigation.</summary>
public sealed class HelpdeskPublicNavigation : IPublicNavigationProvider
{
    public IEnumerable<PublicNavigationEntry> GetEntries() => [new PublicNavigationEntry("Helpdesk", HelpdeskRoutes.Public, 60)];
}
