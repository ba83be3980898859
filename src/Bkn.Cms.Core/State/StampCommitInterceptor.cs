using System.Data.Common;
using Bkn.Cms.Data;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Bkn.Cms.State;

/// <summary>Bumps the stamps noted with <see cref="StateStamps.BumpOnCommitAsync"/> as the last statements before a commit.</summary>
public sealed class StampCommitInterceptor : DbTransactionInterceptor
{
    public override InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        TransactionCommittingAsync(transaction, eventData, result).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is CmsDbContext db)
        {
            // In name order, so two commits bumping the same stamps lock their rows in the same order.
            foreach (var name in StateStamps.TakePendingBumps(db))
            {
                await StateStamps.BumpAsync(db, name, cancellationToken);
            }
        }

        return result;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } db)
        {
            StateStamps.TakePendingBumps(db);
        }
    }

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionRolledBack(transaction, eventData);
        return Task.CompletedTask;
    }
}
