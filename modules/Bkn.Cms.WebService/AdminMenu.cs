using Bkn.Cms.Navigation;

namespace Bkn.Cms.WebService;

/// <summary>Admin menu entries: clients, usage and alerts.</summary>
public sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new(AdminMenuGroups.Services, "Klien Layanan Web", WebServiceRoutes.Admin, Permissions.ManageClients, 40),
        new(AdminMenuGroups.Services, "Penggunaan Layanan Web", WebServiceRoutes.AdminUsage, Permissions.ViewUsage, 41),
        new(AdminMenuGroups.Services, "Peringatan Layanan Web", WebServiceRoutes.AdminAlerts, Permissions.ViewUsage, 42),
        new(AdminMenuGroups.Services, "Pengajuan Layanan Web", WebServiceRoutes.AdminOnboarding, Permissions.RequestAccess, 43),
    ];
}
