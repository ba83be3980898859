namespace Bkn.Cms.Features;

/// <summary>
/// Switches features on and off, platform-wide and per unit, with their dependency closures. Writes join the caller's
/// transaction when there is one (recipes), else use their own. Throws <see cref="FeatureOperationException"/> for an
/// unknown feature or a change that is not allowed.
/// </summary>
public interface IFeatureManager
{
    /// <summary>What enabling would switch on, without changing anything (for the confirmation page).</summary>
    IReadOnlyList<FeatureChange> PreviewEnable(IEnumerable<string> featureIds);

    /// <summary>What disabling would switch off, without changing anything.</summary>
    IReadOnlyList<FeatureChange> PreviewDisable(IEnumerable<string> featureIds);

    Task<IReadOnlyList<FeatureChange>> EnableAsync(IEnumerable<string> featureIds, CancellationToken cancellationToken);

    Task<IReadOnlyList<FeatureChange>> DisableAsync(IEnumerable<string> featureIds, CancellationToken cancellationToken);

    /// <summary>
    /// Switches a unit-scoped feature for a unit and its subtree. Enabling also enables the feature's unit-scoped
    /// dependencies for that unit; disabling also disables its unit-scoped dependents there.
    /// </summary>
    Task<IReadOnlyList<FeatureChange>> SetForUnitAsync(Guid unitId, string featureId, bool enabled, CancellationToken cancellationToken);

    /// <summary>Removes a unit's own switch so that it inherits from its parent again.</summary>
    Task InheritForUnitAsync(Guid unitId, string featureId, CancellationToken cancellationToken);
}
