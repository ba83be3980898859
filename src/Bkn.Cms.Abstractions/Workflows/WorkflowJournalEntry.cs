namespace Bkn.Cms.Workflows;

/// <summary>One line of an instance's journal.</summary>
public sealed class WorkflowJournalEntry
{
    public DateTime AtUtc { get; set; }

    /// <summary>executed, resumed, halted, faulted, retried, cancelled, started, note.</summary>
    public string Kind { get; set; } = "";

    public string? ActivityId { get; set; }

    public string? ActivityName { get; set; }

    public List<string> Outcomes { get; set; } = [];

    public string? Message { get; set; }
}
