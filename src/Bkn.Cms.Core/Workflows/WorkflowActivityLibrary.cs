using Bkn.Cms.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Workflows;

/// <summary>
/// The activities of enabled features, by name (scoped). Only the activities a run needs are created: the name → type
/// map is learnt once from the registered <see cref="IActivity"/> services, then each activity is created on first use
/// in the scope. Activities are resolved lazily rather than injected because they may depend on services that raise
/// workflow events themselves (a content task needs the content manager, whose handlers need the workflow manager).
/// </summary>
public sealed class WorkflowActivityLibrary(IServiceProvider services, IFeatureChecker features, WorkflowActivityCatalog catalog) : IWorkflowActivityLibrary
{
    private readonly Dictionary<string, IActivity> _created = new(StringComparer.Ordinal);

    public IReadOnlyCollection<IActivity> All => [.. Catalog.Keys.Select(Get).OfType<IActivity>()];

    public IActivity? Get(string name)
    {
        if (!Catalog.TryGetValue(name, out var type) || (features.FeatureOf(type) is { } feature && !features.IsEnabled(feature)))
        {
            return null;
        }

        if (!_created.TryGetValue(name, out var activity))
        {
            activity = (IActivity)ActivatorUtilities.CreateInstance(services, type);
            _created[name] = activity;
        }

        return activity;
    }

    private IReadOnlyDictionary<string, Type> Catalog => catalog.Get(services);
}
