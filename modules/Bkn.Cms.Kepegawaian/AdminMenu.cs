using Bkn.Cms.Navigation;

namespace Bkn.Cms.Kepegawaian;

/// <summary>Admin menu entries of KPO/PPO.</summary>
public sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new(AdminMenuGroups.Services, "KPO/PPO", KepegawaianRoutes.Admin, Permissions.View, 60),
    ];
}
