namespace Bkn.Cms.Workflows;

/// <summary>Life cycle of a workflow instance.</summary>
public enum WorkflowStatus
{
    Idle = 0,
    Running = 1,
    Halted = 2,
    Finished = 3,
    Faulted = 4,
    Cancelled = 5,
}
