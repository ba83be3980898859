using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.State;

/// <summary>An in-memory snapshot that is reloaded whenever its stamp's version changes on any node.</summary>
public interface IStampedCache
{
    string StampName { get; }

    Task ReloadAsync(DbContext db, CancellationToken cancellationToken);
}
