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
public sealed partial class WorkflowTimerProcessor(IServiceScopeFactory scopeFactory, TimeProvider time, ILogger<WorkflowTimerProcessor> logger)
{
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

            foreach (var timer in claimed)
            {
                try
                {
                    await using var scope = scopeFactory.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<WorkflowManager>().FireTimerAsync(timer, cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The claim stays until it expires; then this or another node tries again.
                    LogFailed(logger, timer.Id, ex);
                }
            }

            processed += claimed.Count;
        }

        return processed;
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Workflow timer {TimerId} failed")]
    private static partial void LogFailed(ILogger logger, long timerId, Exception exception);
}
