namespace Bkn.Cms.Workflows;

/// <summary>Fires due workflow timers, each due time once across nodes.</summary>
public interface IWorkflowTimerProcessor
{
    /// <summary>Processes due timers until none is left or <paramref name="maxTimers"/> fired; returns how many were claimed.</summary>
    Task<int> ProcessDueAsync(int maxTimers, CancellationToken cancellationToken, int batchSize = 200);
}
