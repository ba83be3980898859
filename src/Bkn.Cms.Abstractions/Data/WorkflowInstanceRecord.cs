namespace Bkn.Cms.Data;

/// <summary>A workflow instance, pinned to the type version (<see cref="TypeVersionId"/>) it started with.</summary>
public sealed class WorkflowInstanceRecord
{
    public long Id { get; set; }

    public string InstanceId { get; set; } = "";

    public string WorkflowTypeId { get; set; } = "";

    public long TypeVersionId { get; set; }

    public int Version { get; set; }

    public int Status { get; set; }

    public string? CorrelationId { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime ModifiedUtc { get; set; }

    public DateTime? FinishedUtc { get; set; }

    /// <summary>Input, properties, output, last result and fault position (JSON).</summary>
    public string State { get; set; } = "{}";

    /// <summary>Executed activities with times and outcomes (JSON array).</summary>
    public string Journal { get; set; } = "[]";

    public string? FaultMessage { get; set; }

    /// <summary>Bumped by each run: the update row-locks the instance so that one node at a time executes it.</summary>
    public long LockVersion { get; set; }
}
