using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Data;

/// <summary>Runs the registered <see cref="ICommitParticipant"/>s around the commits of contexts that noted work.</summary>
internal sealed class CommitWorkInterceptor(IServiceProvider services) : DbTransactionInterceptor
{
    private ICommitParticipant[]? _participants;

    private ICommitParticipant[] Participants => _participants ??= [.. services.GetServices<ICommitParticipant>().OrderBy(p => p.Order)];

    public override InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result) =>
        TransactionCommittingAsync(transaction, eventData, result).AsTask().GetAwaiter().GetResult();

    public override async ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && CommitWork.HasWork(db))
        {
            foreach (var participant in Participants)
            {
                await participant.CommittingAsync(db, cancellationToken);
            }
        }

        return result;
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        TransactionCommittedAsync(transaction, eventData).GetAwaiter().GetResult();

    public override async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not { } db || !CommitWork.HasWork(db))
        {
            return;
        }

        try
        {
            foreach (var participant in Participants)
            {
                await participant.CommittedAsync(db, cancellationToken);
            }
        }
        finally
        {
            CommitWork.Forget(db);
        }
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } db)
        {
            CommitWork.Forget(db);
        }
    }

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionRolledBack(transaction, eventData);
        return Task.CompletedTask;
    }
}
