using Bkn.Cms.Modules;

namespace Bkn.Cms.Features.ViewModels;

public sealed record FeatureListViewModel(IReadOnlyList<FeatureRow> Features);

public sealed record FeatureRow(FeatureDescriptor Feature, bool Enabled, IReadOnlyList<string> DependencyNames);
