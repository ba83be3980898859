using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Agencies;

/// <summary>Read access to the agency registry: a snapshot refreshed when any node changes the registry.</summary>
public interface IAgencyDirectory
{
    Task<AgencySnapshot> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Reloads the snapshot through the caller's context, so rows written earlier in the caller's still uncommitted
    /// transaction are seen: a module's sample-data step runs in the setup transaction right after the registry's own
    /// step, and the snapshot, loaded on another connection, cannot see those rows yet.
    /// </summary>
    Task<AgencySnapshot> ReloadThroughAsync(DbContext db, CancellationToken cancellationToken = default) => GetAsync(cancellationToken);
}
