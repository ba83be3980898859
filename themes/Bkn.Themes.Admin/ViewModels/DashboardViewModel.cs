using Bkn.Cms.Navigation;

namespace Bkn.Themes.Admin.ViewModels;

public sealed record DashboardViewModel(int UnitCount, int UserCount, int EnabledFeatureCount, int FeatureCount, IReadOnlyList<AdminMenuItem> Shortcuts);
