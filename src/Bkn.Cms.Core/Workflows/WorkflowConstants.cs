namespace Bkn.Cms.Workflows;

/// <summary>Ids and limits of the workflow runtime.</summary>
public static class WorkflowConstants
{
    /// <summary>The feature that switches workflows on (module Bkn.Cms.Workflows).</summary>
    public const string FeatureId = "Bkn.Cms.Workflows";

    /// <summary>Activities one run may execute before it faults (guards against loops in a graph).</summary>
    public const int MaxStepsPerRun = 2000;

    /// <summary>How deep events raised by workflows may nest (a task updates content, which triggers a workflow, …).</summary>
    public const int MaxTriggerDepth = 8;

    /// <summary>Journal entries kept per instance; older ones are dropped.</summary>
    public const int MaxJournalEntries = 500;

    /// <summary>How long a node's claim on a due timer holds before another node may take it over.</summary>
    public static readonly TimeSpan TimerClaim = TimeSpan.FromMinutes(5);
}
