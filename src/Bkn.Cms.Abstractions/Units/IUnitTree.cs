namespace Bkn.Cms.Units;

/// <summary>Read access to the unit tree: an in-memory snapshot refreshed when any node changes the tree.</summary>
public interface IUnitTree
{
    Task<UnitTreeSnapshot> GetAsync(CancellationToken cancellationToken = default);
}
