namespace Bkn.Cms.Units;

/// <summary>An immutable view of the unit tree with subtree and ancestor look-ups.</summary>
public sealed class UnitTreeSnapshot
{
    private readonly Dictionary<Guid, UnitInfo> _byId;
    private readonly Dictionary<Guid, List<UnitInfo>> _children;

    // The snapshot never changes, so subtrees are computed once: permission checks ask for them on every request.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, IReadOnlySet<Guid>> _subtrees = new();

    public UnitTreeSnapshot(IEnumerable<UnitInfo> units)
    {
        _byId = units.ToDictionary(u => u.Id);
        _children = [];
        foreach (var unit in _byId.Values)
        {
            if (unit.ParentId is { } parent)
            {
                if (!_children.TryGetValue(parent, out var list))
                {
                    _children[parent] = list = [];
                }

                list.Add(unit);
            }
        }

        foreach (var list in _children.Values)
        {
            list.Sort((a, b) => string.Compare(a.Name, b.Name, StringComparison.OrdinalIgnoreCase));
        }

        Roots = [.. _byId.Values.Where(u => u.ParentId is null || !_byId.ContainsKey(u.ParentId.Value)).OrderBy(u => u.Name, StringComparer.OrdinalIgnoreCase)];
    }

    public IReadOnlyList<UnitInfo> Roots { get; }

    public int Count => _byId.Count;

    public UnitInfo? Find(Guid id) => _byId.GetValueOrDefault(id);

    public IReadOnlyList<UnitInfo> ChildrenOf(Guid id) => _children.TryGetValue(id, out var list) ? list : [];

    /// <summary>The unit and all its descendants.</summary>
    public IReadOnlySet<Guid> Subtree(Guid id) => _subtrees.GetOrAdd(id, ComputeSubtree);

    private HashSet<Guid> ComputeSubtree(Guid id)
    {
        var result = new HashSet<Guid>();
        if (!_byId.ContainsKey(id))
        {
            return result;
        }

        var stack = new Stack<Guid>();
        stack.Push(id);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (!result.Add(current))
            {
                continue;
            }

            foreach (var child in ChildrenOf(current))
            {
                stack.Push(child.Id);
            }
        }

        return result;
    }

    /// <summary>The unit itself first, then its parent, up to the root.</summary>
    public IReadOnlyList<Guid> SelfAndAncestors(Guid id)
    {
        var result = new List<Guid>();
        var seen = new HashSet<Guid>();
        Guid? current = id;
        while (current is { } c && _byId.TryGetValue(c, out var unit) && seen.Add(c))
        {
            result.Add(c);
            current = unit.ParentId;
        }

        return result;
    }

    /// <summary>Units in tree order (depth first), for indented lists.</summary>
    public IEnumerable<UnitInfo> DepthFirst()
    {
        var stack = new Stack<UnitInfo>(Roots.Reverse());
        while (stack.Count > 0)
        {
            var unit = stack.Pop();
            yield return unit;
            foreach (var child in ChildrenOf(unit.Id).Reverse())
            {
                stack.Push(child);
            }
        }
    }
}
