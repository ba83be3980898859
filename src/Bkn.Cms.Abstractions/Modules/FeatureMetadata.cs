namespace Bkn.Cms.Modules;

/// <summary>Endpoint metadata naming the feature an endpoint belongs to; the feature gate reads it.</summary>
public sealed record FeatureMetadata(string FeatureId, bool UnitScoped);
