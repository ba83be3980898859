using Bkn.Cms.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Workflows;

/// <summary>
/// The activities of enabled features, by name. Scoped, and resolved on first use rather than injected, because
/// activities may depend on services that themselves raise workflow events (e.g. a content task needs the content
/// manager, whose handlers need the workflow manager): injecting them would be a dependency cycle.
/// </summary>
public sealed class WorkflowActivityLibrary(IServiceProvider services, IFeatureChecker features)
{
    private Dictionary<string, IActivity>? _byName;

    public IReadOnlyCollection<IActivity> All => ByName.Values;

    public IActivity? Get(string name) => ByName.GetValueOrDefault(name);

    private Dictionary<string, IActivity> ByName => _byName ??= services.GetServices<IActivity>()
        .Where(a => features.FeatureOf(a.GetType()) is not { } feature || features.IsEnabled(feature))
        .GroupBy(a => a.Name, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
}
