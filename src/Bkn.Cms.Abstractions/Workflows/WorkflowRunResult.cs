namespace Bkn.Cms.Workflows;

/// <summary>An instance touched by a trigger, with the status it ended in.</summary>
public sealed record WorkflowRunResult(string InstanceId, string WorkflowTypeId, int Version, WorkflowStatus Status);
