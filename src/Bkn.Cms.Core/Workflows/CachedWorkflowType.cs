namespace Bkn.Cms.Workflows;

/// <summary>An enabled type's latest version.</summary>
public sealed record CachedWorkflowType(long TypeVersionId, WorkflowTypeDefinition Definition);
