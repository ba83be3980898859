using Bkn.Cms.Data;

namespace Bkn.Cms.Workflows;

/// <summary>
/// Saves workflow types as immutable versions: a changed definition becomes a new version, an unchanged one is left
/// alone (so recipes are idempotent).
/// </summary>
public interface IWorkflowTypeStore
{
    Task<List<WorkflowTypeRecord>> ListLatestAsync(CancellationToken cancellationToken);

    /// <summary>The latest version, or the given one.</summary>
    Task<WorkflowTypeDefinition?> GetAsync(string workflowTypeId, int? version = null, CancellationToken cancellationToken = default);

    Task<List<WorkflowTypeRecord>> ListVersionsAsync(string workflowTypeId, CancellationToken cancellationToken);

    /// <summary>Validates and stores the definition as a new version (unless it equals the latest). Throws <see cref="WorkflowException"/> when invalid.</summary>
    Task<WorkflowTypeRecord> SaveAsync(WorkflowTypeDefinition definition, CancellationToken cancellationToken);

    Task SetEnabledAsync(string workflowTypeId, bool enabled, CancellationToken cancellationToken);
}
