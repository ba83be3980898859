using System.Reflection;

namespace Bkn.Cms.Modules;

/// <summary>A discovered module: its assembly, manifest and features.</summary>
public sealed record ModuleDescriptor(string Id, string Name, string Description, string Category, Assembly Assembly, IReadOnlyList<FeatureDescriptor> Features);
