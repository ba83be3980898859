using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Bkn.Cms.Helpdesk.Services;

/// <summary>Applies the queue-count changes kept by <see cref="HelpdeskSql.AddCountAsync"/> as the last statements before a commit.</summary>
public sealed class HelpdeskCountsCommitInterceptor : DbTransactionInterceptor
{
    public override InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        TransactionCommittingAsync(transaction, eventData, result).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db)
        {
            foreach (var ((teamId, status), delta) in HelpdeskSql.TakePendingCounts(db))
            {
                await HelpdeskSql.ApplyCountAsync(db, teamId, status, delta, cancellationToken);
            }
        }

        return result;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } db)
        {
            HelpdeskSql.TakePendingCounts(db);
        }
    }

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionRolledBack(transaction, eventData);
        return Task.CompletedTask;
    }
}
