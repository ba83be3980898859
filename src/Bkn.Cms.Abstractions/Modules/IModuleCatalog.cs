namespace Bkn.Cms.Modules;

/// <summary>The features of the modules found at start (read-only).</summary>
public interface IModuleCatalog
{
    IReadOnlyList<FeatureDescriptor> Features { get; }

    FeatureDescriptor? FindFeature(string id);
}
