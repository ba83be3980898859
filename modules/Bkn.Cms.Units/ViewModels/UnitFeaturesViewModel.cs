using Bkn.Cms.Modules;

namespace Bkn.Cms.Units.ViewModels;

public sealed record UnitFeaturesViewModel(UnitInfo? Unit, IReadOnlyList<UnitInfo> Units, IReadOnlyList<UnitFeatureRow> Features);

/// <summary>A unit-scoped feature as seen from one unit: effective state and whether the unit has its own switch.</summary>
public sealed record UnitFeatureRow(FeatureDescriptor Feature, bool PlatformEnabled, bool Effective, bool? OwnSwitch);
