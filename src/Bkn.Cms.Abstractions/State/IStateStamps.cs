using Bkn.Cms.Data;
using Microsoft.EntityFrameworkCore.Storage;

namespace Bkn.Cms.State;

/// <summary>
/// Keeps every node's caches (<see cref="IStampedCache"/>) in step with the database: a writer bumps its area's stamp
/// in its transaction, and every node reloads the caches whose stamp moved. Handlers that run inside someone else's
/// transaction use <see cref="Stamps.BumpOnCommitAsync"/> instead.
/// </summary>
public interface IStateStamps
{
    /// <summary>Ends a unit of work that changed cached state: bumps the stamp, commits, then reloads here and tells other nodes.</summary>
    Task CommitAsync(ICmsDbContext db, IDbContextTransaction transaction, string name, CancellationToken cancellationToken);
}
