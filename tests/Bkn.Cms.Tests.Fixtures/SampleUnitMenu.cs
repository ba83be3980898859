using Bkn.Cms.Navigation;

namespace Bkn.Cms.Tests.Fixtures;

public sealed class SampleUnitMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() => [new(AdminMenuGroups.Services, "Contoh Unit", "/admin/contoh-unit", SamplePermissions.UseSample)];
}
