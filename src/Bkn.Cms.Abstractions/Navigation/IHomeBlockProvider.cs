namespace Bkn.Cms.Navigation;

/// <summary>
/// Implemented by a module to add blocks to the public home page. Registered in the module's startup, so the blocks
/// vanish while the module's feature is off.
/// </summary>
public interface IHomeBlockProvider
{
    Task<IReadOnlyList<HomeBlock>> GetBlocksAsync(CancellationToken cancellationToken);
}
