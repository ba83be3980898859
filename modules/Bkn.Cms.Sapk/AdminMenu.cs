using Bkn.Cms.Navigation;

namespace Bkn.Cms.Sapk;

/// <summary>Admin menu entries: the dashboard for viewers, the upload and the pull runs for managers.</summary>
public sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new(AdminMenuGroups.Services, "Statistik SAPK", SapkRoutes.Dashboard, Permissions.ViewSapk, 60),
        new(AdminMenuGroups.Services, "Data SAPK: unggah dan periode", SapkRoutes.Import, Permissions.ManageSapk, 61),
    ];
}
