namespace Bkn.Cms.Modules;

/// <summary>Which feature registered which implementation type; filled while module startups configure services.</summary>
public sealed class FeatureServiceMap
{
    private readonly Dictionary<Type, string> _owners = [];

    public void Add(Type implementationType, string featureId) => _owners.TryAdd(implementationType, featureId);

    public string? FeatureOf(Type implementationType) => _owners.GetValueOrDefault(implementationType);
}
