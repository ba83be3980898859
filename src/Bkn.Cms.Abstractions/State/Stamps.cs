using Bkn.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.State;

/// <summary>Bumps the version row of a cached area (<see cref="StampNames"/>) so that every node reloads it.</summary>
public static class Stamps
{
    /// <summary>
    /// Increments a stamp in the caller's transaction; other nodes reload at their next poll. A unit of work that owns its
    /// transaction uses <see cref="IStateStamps.CommitAsync"/> instead, which also reloads this node at once.
    /// </summary>
    public static async Task BumpAsync(DbContext db, string name, CancellationToken cancellationToken)
    {
        var stamps = db.Set<StateStampRecord>();
        var updated = await stamps.Where(s => s.Name == name)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Version, x => x.Version + 1), cancellationToken);
        if (updated == 0)
        {
            stamps.Add(new StateStampRecord { Name = name, Version = 1 });
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Increments a stamp as the caller's transaction commits (at once when there is no transaction); after the commit
    /// this node reloads the stamp's caches and tells the other nodes. Handlers that run in the middle of someone else's
    /// transaction use this: a stamp row bumped there stays locked until the commit, which serialises unrelated saves on
    /// PostgreSQL and, held ahead of row locks taken later, can deadlock two of them.
    /// </summary>
    public static async Task BumpOnCommitAsync(DbContext db, string name, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            await BumpAsync(db, name, cancellationToken);
            return;
        }

        CommitWork.State<PendingStamps>(db).Names.Add(name);
    }
}
