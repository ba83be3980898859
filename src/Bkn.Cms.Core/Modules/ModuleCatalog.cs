using System.Reflection;
using Microsoft.Extensions.DependencyModel;

namespace Bkn.Cms.Modules;

/// <summary>
/// Finds modules among the host's project references: every referenced assembly carrying a
/// <see cref="ModuleAttribute"/> is a module, its <see cref="FeatureAttribute"/>s are its features.
/// </summary>
public sealed class ModuleCatalog : IModuleCatalog
{
    private static readonly Lazy<ModuleCatalog> DefaultCatalog = new(() => new ModuleCatalog(DiscoverAssemblies()));

    private readonly Dictionary<string, FeatureDescriptor> _features;
    private readonly Dictionary<Assembly, ModuleDescriptor> _byAssembly;

    public ModuleCatalog(IEnumerable<Assembly> assemblies)
    {
        var modules = new List<ModuleDescriptor>();
        foreach (var assembly in assemblies.Distinct())
        {
            var module = assembly.GetCustomAttribute<ModuleAttribute>();
            if (module is null)
            {
                continue;
            }

            var features = assembly.GetCustomAttributes<FeatureAttribute>()
                .Select(f => new FeatureDescriptor(f.Id, f.Name, f.Description, string.IsNullOrEmpty(f.Category) ? module.Category : f.Category, f.Dependencies, f.UnitScoped, f.AlwaysEnabled, module.Id))
                .ToList();
            if (features.All(f => f.Id != module.Id))
            {
                features.Insert(0, new FeatureDescriptor(module.Id, module.Name, module.Description, module.Category, [], false, false, module.Id));
            }

            modules.Add(new ModuleDescriptor(module.Id, module.Name, module.Description, module.Category, assembly, features));
        }

        Modules = [.. modules.OrderBy(m => m.Id, StringComparer.Ordinal)];
        _byAssembly = Modules.ToDictionary(m => m.Assembly);
        _features = new Dictionary<string, FeatureDescriptor>(StringComparer.Ordinal);
        foreach (var feature in Modules.SelectMany(m => m.Features))
        {
            if (!_features.TryAdd(feature.Id, feature))
            {
                throw new InvalidOperationException($"Feature '{feature.Id}' is declared twice.");
            }
        }

        foreach (var feature in _features.Values)
        {
            foreach (var dependency in feature.Dependencies)
            {
                if (!_features.ContainsKey(dependency))
                {
                    throw new InvalidOperationException($"Feature '{feature.Id}' depends on unknown feature '{dependency}'.");
                }
            }
        }

        Resolver = new FeatureDependencyResolver(_features.Values);
        Features = Resolver.TopologicalOrder.Select(id => _features[id]).ToList();
    }

    /// <summary>The catalog of the running host's modules.</summary>
    public static ModuleCatalog Default => DefaultCatalog.Value;

    public IReadOnlyList<ModuleDescriptor> Modules { get; }

    /// <summary>All features, dependencies before dependents.</summary>
    public IReadOnlyList<FeatureDescriptor> Features { get; }

    public FeatureDependencyResolver Resolver { get; }

    public FeatureDescriptor? FindFeature(string id) => _features.GetValueOrDefault(id);

    public ModuleDescriptor? FindModule(Assembly assembly) => _byAssembly.GetValueOrDefault(assembly);

    /// <summary>The feature a type belongs to: its <see cref="FeatureStartupAttribute"/>, else its module's default feature.</summary>
    public FeatureDescriptor? FeatureOfType(Type type)
    {
        var explicitId = type.GetCustomAttribute<FeatureStartupAttribute>()?.FeatureId;
        if (explicitId is not null)
        {
            return FindFeature(explicitId) ?? throw new InvalidOperationException($"{type.FullName} names unknown feature '{explicitId}'.");
        }

        var module = FindModule(type.Assembly);
        return module is null ? null : FindFeature(module.Id);
    }

    /// <summary>The host's project references (from its deps.json) plus assemblies already loaded.</summary>
    public static IReadOnlyList<Assembly> DiscoverAssemblies()
    {
        var result = new Dictionary<string, Assembly>(StringComparer.Ordinal);
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
        {
            if (!assembly.IsDynamic && assembly.GetName().Name is { } name)
            {
                result.TryAdd(name, assembly);
            }
        }

        var context = DependencyContext.Default;
        if (context is not null)
        {
            foreach (var library in context.RuntimeLibraries.Where(l => l.Type == "project"))
            {
                if (result.ContainsKey(library.Name))
                {
                    continue;
                }

                try
                {
                    result[library.Name] = Assembly.Load(new AssemblyName(library.Name));
                }
                catch (FileNotFoundException)
                {
                    // A project reference without an assembly (a tool project); not a module.
                }
            }
        }

        return [.. result.Values.Where(a => a.GetCustomAttribute<ModuleAttribute>() is not null)];
    }
}
