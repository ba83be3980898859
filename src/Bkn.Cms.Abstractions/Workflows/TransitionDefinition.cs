namespace Bkn.Cms.Workflows;

/// <summary>From an outcome of a source activity to a destination activity.</summary>
public sealed class TransitionDefinition
{
    public string Source { get; set; } = "";

    public string Outcome { get; set; } = WorkflowOutcomes.Done;

    public string Destination { get; set; } = "";
}
