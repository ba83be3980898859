namespace Bkn.Cms.Modules;

/// <summary>Binds a <see cref="ModuleStartup"/> (or a controller) to a feature other than the module's default one.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class FeatureStartupAttribute(string featureId) : Attribute
{
    public string FeatureId { get; } = featureId;
}
