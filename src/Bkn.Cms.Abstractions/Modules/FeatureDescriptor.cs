namespace Bkn.Cms.Modules;

/// <summary>What the module catalog knows about a feature.</summary>
public sealed record FeatureDescriptor(
    string Id,
    string Name,
    string Description,
    string Category,
    IReadOnlyList<string> Dependencies,
    bool UnitScoped,
    bool AlwaysEnabled,
    string ModuleId);
