using System.Data.Common;
using Bkn.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.State;

/// <summary>
/// Bumps the noted stamps as the last statements before the commit (in name order), and once the commit is done
/// reloads this node's caches of those stamps and tells the other nodes (<see cref="StateStamps.CommittedAsync"/>): a
/// cache filled by a request that ran while the transaction was open is emptied again at once, not at the next poll.
/// </summary>
internal sealed class StampCommitParticipant(StateStamps stamps) : ICommitParticipant
{
    public int Order => 0;

    public async Task CommittingAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (db is CmsDbContext cms && CommitWork.Find<PendingStamps>(db) is { } pending)
        {
            foreach (var name in pending.Names)
            {
                await StateStamps.BumpAsync(cms, name, cancellationToken);
            }
        }
    }

    public async Task CommittedAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (CommitWork.Find<PendingStamps>(db) is not { Names.Count: > 0 })
        {
            return;
        }

        try
        {
            await stamps.CommittedAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or OperationCanceledException)
        {
            // The commit stands; the stamp poll reloads the caches a little later.
        }
    }
}
