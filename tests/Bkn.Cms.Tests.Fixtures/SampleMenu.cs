using Bkn.Cms.Navigation;

namespace Bkn.Cms.Tests.Fixtures;

public sealed class SampleMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() => [new(AdminMenuGroups.Services, "Contoh Uji", "/admin/contoh", SamplePermissions.UseSample)];
}
