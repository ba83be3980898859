using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Workflows;

/// <summary>Activity name → implementation type, learnt once from the registered <see cref="IActivity"/> services (singleton).</summary>
public sealed class WorkflowActivityCatalog
{
    private IReadOnlyDictionary<string, Type>? _types;

    public IReadOnlyDictionary<string, Type> Get(IServiceProvider scope) => _types ??= scope.GetServices<IActivity>()
        .GroupBy(a => a.Name, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Last().GetType(), StringComparer.Ordinal);
}
