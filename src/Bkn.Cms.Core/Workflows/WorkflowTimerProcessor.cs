using Bkn.Cms.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bkn.Cms.Workflows;

/// <summary>
/// Fires due timers. A node claims a batch with one conditional update (only rows nobody holds, or whose claim
/// expired), then fires each claimed row in its own transaction, which deletes or moves the row: each due time fires
/// once even with several nodes, and a node that dies mid-way leaves its claim to expire for another node.
/// </summary>
public sealed partial class WorkflowTimerProcessor(IServiceScopeFactory scopeFactory, TimeProvider time, ILogger<WorkflowTimerProcessor> logger) : IWorkflowTimerProcessor
{
    private const int ChunkSize = 25;

    /// <summary>Processes due timers until none is left or <paramref name="maxTimers"/> fired; returns how many were claimed.</summary>
    public async Task<int> ProcessDueAsync(int maxTimers, CancellationToken cancellationToken, int batchSize = 200)
    {
        var processed = 0;
        while (processed < maxTimers && !cancellationToken.IsCancellationRequested)
        {
            var claimed = await ClaimAsync(Math.Min(batchSize, maxTimers - processed), cancellationToken);
            if (claimed.Count == 0)
            {
                break;
            }

            // Fired in chunks, each chunk in one scope and transaction (fewer commits); a chunk that fails as a whole rolls
            // back and its claims expire, so its timers are fired later, still once. On PostgreSQL two chunks run at once
            // (their rows are disjoint; two timers of one instance meet at its row lock, as they would on two nodes);
            // SQLite has one writer, so there they run one after the other.
            await Parallel.ForEachAsync(
                claimed.Chunk(ChunkSize),
                new ParallelOptions { MaxDegreeOfParallelism = await ParallelChunksAsync(), CancellationToken = cancellationToken },
                async (chunk, token) => await FireChunkAsync(chunk, token));

            processed += claimed.Count;
        }

        return processed;
    }

    private int _parallelChunks;

    private async Task<int> ParallelChunksAsync()
    {
        if (_parallelChunks == 0)
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            _parallelChunks = scope.ServiceProvider.GetRequiredService<CmsDbContext>().Provider == DatabaseProvider.Postgres ? 2 : 1;
        }

        return _parallelChunks;
    }

    private async Task FireChunkAsync(WorkflowBlockingActivityRecord[] chunk, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var manager = scope.ServiceProvider.GetRequiredService<WorkflowManager>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            foreach (var timer in chunk)
            {
                await manager.FireTimerAsync(timer, cancellationToken);
                db.ChangeTracker.Clear();
            }

            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            LogFailed(logger, chunk[0].Id, chunk.Length, ex);
        }
    }

    private async Task<List<WorkflowBlockingActivityRecord>> ClaimAsync(int count, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        var token = Guid.NewGuid().ToString("N");
        var until = now + WorkflowConstants.TimerClaim;
        var candidates = await db.WorkflowBlockingActivities.AsNoTracking()
            .Where(b => b.DueUtc != null && b.DueUtc <= now && (b.ClaimedUntil == null || b.ClaimedUntil < now))
            .OrderBy(b => b.DueUtc).ThenBy(b => b.Id)
            .Select(b => b.Id)
            .Take(count)
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return [];
        }

        // The condition is re-checked by the update itself: on PostgreSQL a concurrent claimer waits for the row and then
        // finds it taken; SQLite has one writer at a time.
        await db.WorkflowBlockingActivities
            .Where(b => candidates.Contains(b.Id) && (b.ClaimedUntil == null || b.ClaimedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.ClaimToken, token).SetProperty(b => b.ClaimedUntil, until), cancellationToken);
        return await db.WorkflowBlockingActivities.AsNoTracking().Where(b => b.ClaimToken == token).OrderBy(b => b.DueUtc).ThenBy(b => b.Id).ToListAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Workflow timers from {TimerId} ({Count}) failed and were rolled back; they fire again when their claim expires")]
    private static partial void LogFailed(ILogger logger, long timerId, int count, Exception exception);
}
