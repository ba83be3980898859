namespace Bkn.Cms.Modules;

/// <summary>
/// Declares a feature of the module. A module without any feature attribute gets one default
/// feature whose id is the module id. Services of a feature come from the <see cref="ModuleStartup"/>
/// classes bound to it with <see cref="FeatureStartupAttribute"/> (or none: the default feature).
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class FeatureAttribute(string id, string name) : Attribute
{
    public string Id { get; } = id;
    public string Name { get; } = name;
    public string Description { get; init; } = "";
    public string Category { get; init; } = "";
    public string[] Dependencies { get; init; } = [];

    /// <summary>The feature can be switched on or off per organisational unit.</summary>
    public bool UnitScoped { get; init; }

    /// <summary>The feature is part of the platform and can never be disabled.</summary>
    public bool AlwaysEnabled { get; init; }
}
