namespace Bkn.Cms.Data;

/// <summary>
/// An event an instance waits for, or a durable timer. A timer row has <see cref="DueUtc"/>; a start timer (a type whose
/// start event is a timer) has no instance. A node claims a due timer by setting <see cref="ClaimToken"/> with a
/// conditional update, so exactly one node fires it.
/// </summary>
public sealed class WorkflowBlockingActivityRecord
{
    public long Id { get; set; }

    public long? InstanceRowId { get; set; }

    public long TypeVersionId { get; set; }

    public string WorkflowTypeId { get; set; } = "";

    public string ActivityId { get; set; } = "";

    public string ActivityName { get; set; } = "";

    public string? CorrelationId { get; set; }

    public DateTime? DueUtc { get; set; }

    public string? ClaimToken { get; set; }

    public DateTime? ClaimedUntil { get; set; }

    public DateTime CreatedUtc { get; set; }
}
