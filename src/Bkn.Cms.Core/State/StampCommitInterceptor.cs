using System.Data.Common;
using System.Runtime.CompilerServices;
using Bkn.Cms.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.State;

/// <summary>
/// Bumps the stamps noted with <see cref="StateStamps.BumpOnCommitAsync"/> as the last statements before a commit, and
/// once the commit is done reloads this node's caches of those stamps and tells the other nodes
/// (<see cref="StateStamps.CommittedAsync"/>): a cache filled by a request that ran while the transaction was open is
/// emptied again at once instead of at the next poll.
/// </summary>
public sealed class StampCommitInterceptor(IServiceProvider services) : DbTransactionInterceptor
{
    private static readonly ConditionalWeakTable<DbContext, object> Bumped = [];

    public override InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        TransactionCommittingAsync(transaction, eventData, result).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is CmsDbContext db && StateStamps.TakePendingBumps(db) is { Count: > 0 } names)
        {
            // In name order, so two commits bumping the same stamps lock their rows in the same order.
            foreach (var name in names)
            {
                await StateStamps.BumpAsync(db, name, cancellationToken);
            }

            Bumped.AddOrUpdate(db, names);
        }

        return result;
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        TransactionCommittedAsync(transaction, eventData).GetAwaiter().GetResult();

    public override async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && Bumped.Remove(db))
        {
            try
            {
                await services.GetRequiredService<StateStamps>().CommittedAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is DbException or InvalidOperationException or OperationCanceledException)
            {
                // The commit stands; the stamp poll reloads the caches a little later.
            }
        }
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } db)
        {
            StateStamps.TakePendingBumps(db);
            Bumped.Remove(db);
        }
    }

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionRolledBack(transaction, eventData);
        return Task.CompletedTask;
    }
}
