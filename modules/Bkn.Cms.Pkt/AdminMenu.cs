using Bkn.Cms.Navigation;

namespace Bkn.Cms.Pkt;

/// <summary>Admin menu entries: the counter console and the reports.</summary>
public sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new(AdminMenuGroups.Services, "Loket PKT", PktRoutes.Console, Permissions.ServeCounter, 60),
        new(AdminMenuGroups.Services, "Laporan PKT", PktRoutes.Reports, Permissions.ViewReports, 61),
    ];
}
