namespace Bkn.Cms.Modules;

/// <summary>Pure dependency arithmetic over feature descriptors: closures, dependents and order.</summary>
public sealed class FeatureDependencyResolver
{
    private readonly Dictionary<string, FeatureDescriptor> _features;
    private readonly Dictionary<string, List<string>> _dependents;

    public FeatureDependencyResolver(IEnumerable<FeatureDescriptor> features)
    {
        _features = features.ToDictionary(f => f.Id, StringComparer.Ordinal);
        _dependents = _features.Keys.ToDictionary(k => k, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var feature in _features.Values)
        {
            foreach (var dependency in feature.Dependencies)
            {
                if (_dependents.TryGetValue(dependency, out var list))
                {
                    list.Add(feature.Id);
                }
            }
        }

        TopologicalOrder = Sort();
    }

    /// <summary>Feature ids with every dependency before its dependents; ties in id order.</summary>
    public IReadOnlyList<string> TopologicalOrder { get; }

    /// <summary>The features and everything they depend on, transitively.</summary>
    public IReadOnlySet<string> DependencyClosure(IEnumerable<string> featureIds)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>(featureIds);
        while (stack.Count > 0)
        {
            var id = stack.Pop();
            if (!_features.TryGetValue(id, out var feature))
            {
                throw new KeyNotFoundException($"Unknown feature '{id}'.");
            }

            if (result.Add(id))
            {
                foreach (var dependency in feature.Dependencies)
                {
                    stack.Push(dependency);
                }
            }
        }

        return result;
    }

    /// <summary>The features and everything that depends on them, transitively.</summary>
    public IReadOnlySet<string> DependentClosure(IEnumerable<string> featureIds)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>(featureIds);
        while (stack.Count > 0)
        {
            var id = stack.Pop();
            if (!_dependents.TryGetValue(id, out var dependents))
            {
                throw new KeyNotFoundException($"Unknown feature '{id}'.");
            }

            if (result.Add(id))
            {
                foreach (var dependent in dependents)
                {
                    stack.Push(dependent);
                }
            }
        }

        return result;
    }

    /// <summary>What enabling <paramref name="featureIds"/> switches on, given what is enabled now.</summary>
    public IReadOnlyList<string> ToEnable(IEnumerable<string> featureIds, IReadOnlySet<string> enabled) =>
        [.. TopologicalOrder.Where(DependencyClosure(featureIds).Contains).Where(id => !enabled.Contains(id))];

    /// <summary>What disabling <paramref name="featureIds"/> switches off, given what is enabled now.</summary>
    public IReadOnlyList<string> ToDisable(IEnumerable<string> featureIds, IReadOnlySet<string> enabled) =>
        [.. TopologicalOrder.Reverse().Where(DependentClosure(featureIds).Contains).Where(enabled.Contains)];

    private List<string> Sort()
    {
        var order = new List<string>(_features.Count);
        var state = new Dictionary<string, int>(StringComparer.Ordinal);

        void Visit(string id, Stack<string> path)
        {
            if (state.TryGetValue(id, out var s))
            {
                if (s == 1)
                {
                    throw new InvalidOperationException($"Feature dependency cycle: {string.Join(" -> ", path.Reverse())} -> {id}.");
                }

                return;
            }

            state[id] = 1;
            path.Push(id);
            foreach (var dependency in _features[id].Dependencies.Where(_features.ContainsKey).OrderBy(d => d, StringComparer.Ordinal))
            {
                Visit(dependency, path);
            }

            path.Pop();
            state[id] = 2;
            order.Add(id);
        }

        foreach (var id in _features.Keys.OrderBy(k => k, StringComparer.Ordinal))
        {
            Visit(id, new Stack<string>());
        }

        return order;
    }
}
