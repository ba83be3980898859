using Bkn.Cms.Navigation;

namespace Bkn.Cms.Agencies;

/// <summary>Admin menu entries: the registry, its dashboard, agency users and personnel records.</summary>
public sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new(AdminMenuGroups.Services, "Registri Instansi", AgenciesRoutes.Admin, Permissions.ViewAgencies, 60),
        new(AdminMenuGroups.Services, "Dasbor Integrasi", AgenciesRoutes.Dashboard, Permissions.ViewAgencies, 61),
        new(AdminMenuGroups.Services, "Data Kepegawaian Instansi", AgenciesRoutes.Personnel, Permissions.ViewPersonnel, 62),
        new(AdminMenuGroups.Services, "Pengguna Instansi", AgenciesRoutes.Users, Permissions.ManageAgencyUsers, 63),
    ];
}
