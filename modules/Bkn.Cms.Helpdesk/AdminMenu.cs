using Bkn.Cms.Navigation;

namespace Bkn.Cms.Helpdesk;

/// <summary>Admin menu entries "Helpdesk" and "Laporan Helpdesk".</summary>
public sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new(AdminMenuGroups.Services, "Helpdesk", HelpdeskRoutes.Admin, Permissions.HandleTickets, 10),
        new(AdminMenuGroups.Services, "Laporan Helpdesk", HelpdeskRoutes.Admin + "/laporan", Permissions.ViewReports, 11),
        new(AdminMenuGroups.Services, "Pengaturan Helpdesk", HelpdeskRoutes.Admin + "/pengaturan", Permissions.Manage, 12),
    ];
}
