using Bkn.Cms.Modules;

namespace Bkn.Cms.Features.ViewModels;

public sealed record FeatureConfirmViewModel(FeatureDescriptor Feature, bool Enable, IReadOnlyList<FeatureChange> Changes, string? Error);
