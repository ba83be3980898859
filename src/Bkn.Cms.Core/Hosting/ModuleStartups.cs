using Bkn.Cms.Modules;

namespace Bkn.Cms.Hosting;

/// <summary>The startups found at boot with the feature each belongs to; used again to map endpoints.</summary>
public sealed record ModuleStartups(IReadOnlyList<(ModuleStartup Startup, FeatureDescriptor Feature)> Items);
