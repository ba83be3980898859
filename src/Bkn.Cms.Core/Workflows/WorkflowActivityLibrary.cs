using Bkn.Cms.Features;

namespace Bkn.Cms.Workflows;

/// <summary>The activities of enabled features, by name (scoped: activities may depend on scoped services).</summary>
public sealed class WorkflowActivityLibrary(IEnumerable<IActivity> activities, IFeatureChecker features)
{
    private Dictionary<string, IActivity>? _byName;

    public IReadOnlyCollection<IActivity> All => ByName.Values;

    public IActivity? Get(string name) => ByName.GetValueOrDefault(name);

    private Dictionary<string, IActivity> ByName => _byName ??= activities
        .Where(a => features.FeatureOf(a.GetType()) is not { } feature || features.IsEnabled(feature))
        .GroupBy(a => a.Name, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
}
