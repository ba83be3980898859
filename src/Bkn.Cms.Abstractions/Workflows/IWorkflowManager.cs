using System.Text.Json.Nodes;

namespace Bkn.Cms.Workflows;

/// <summary>Starts and resumes workflow instances. Runs in the caller's scope and joins its database transaction.</summary>
public interface IWorkflowManager
{
    /// <summary>
    /// An event occurred: starts instances of enabled types whose start activity is the event <paramref name="name"/>
    /// (an <see cref="IActivity.Name"/>) and resumes instances blocked on it with the same correlation id.
    /// </summary>
    Task<IReadOnlyList<WorkflowRunResult>> TriggerEventAsync(string name, JsonObject? input = null, string? correlationId = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// As <see cref="TriggerEventAsync(string, JsonObject?, string?, CancellationToken)"/>; <paramref name="newCorrelation"/>
    /// says the correlation id was made in this scope and was never stored (a content item created under an id the store
    /// generated): no instance stored before can wait on it or run for it, so the runtime skips its look-ups by it unless
    /// this scope has meanwhile stored a run or a wait for it (a run started by the item's created event, say).
    /// </summary>
    Task<IReadOnlyList<WorkflowRunResult>> TriggerEventAsync(string name, JsonObject? input, string? correlationId, bool newCorrelation, CancellationToken cancellationToken = default);

    /// <summary>Starts a type's latest version at a start activity (the first one when null), whatever the event.</summary>
    Task<WorkflowRunResult> StartAsync(string workflowTypeId, string? startActivityId = null, JsonObject? input = null, string? correlationId = null, CancellationToken cancellationToken = default);

    /// <summary>Runs a faulted instance again from the activity that faulted.</summary>
    Task<WorkflowRunResult> RetryAsync(string instanceId, CancellationToken cancellationToken);

    /// <summary>Cancels a running or waiting instance.</summary>
    Task CancelAsync(string instanceId, CancellationToken cancellationToken);

    /// <summary>Deletes finished and cancelled instances that ended before <paramref name="cutoffUtc"/>, in batches.</summary>
    Task<int> TrimAsync(DateTime cutoffUtc, CancellationToken cancellationToken);
}
