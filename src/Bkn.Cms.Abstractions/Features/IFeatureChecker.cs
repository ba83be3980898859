namespace Bkn.Cms.Features;

/// <summary>Answers, from an in-memory snapshot kept fresh across nodes, whether a feature is on.</summary>
public interface IFeatureChecker
{
    /// <summary>Enabled at platform level.</summary>
    bool IsEnabled(string featureId);

    /// <summary>
    /// Enabled for a unit: enabled at platform level and, for unit-scoped features, not switched off
    /// for the unit or its nearest ancestor that has its own setting. A null unit means "no unit context".
    /// </summary>
    bool IsEnabledForUnit(string featureId, Guid? unitId);

    /// <summary>The explicit switch of a unit itself, or null when it inherits.</summary>
    bool? ExplicitUnitSwitch(string featureId, Guid unitId);

    /// <summary>The feature that registered a service implementation type, if any.</summary>
    string? FeatureOf(Type implementationType);
}
