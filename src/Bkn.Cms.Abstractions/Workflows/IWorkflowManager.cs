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

    /// <summary>Starts a type's latest version at a start activity (the first one when null), whatever the event.</summary>
    Task<WorkflowRunResult> StartAsync(string workflowTypeId, string? startActivityId = null, JsonObject? input = null, string? correlationId = null, CancellationToken cancellationToken = default);
}
