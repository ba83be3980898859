using System.Text.Json.Nodes;

namespace Bkn.Cms.Workflows;

/// <summary>What an activity sees while it runs: its definition, the event input and the instance's state.</summary>
public sealed class ActivityContext
{
    public required ActivityDefinition Activity { get; init; }

    /// <summary>The version of the type the instance runs (its activities and transitions).</summary>
    public required WorkflowTypeDefinition Workflow { get; init; }

    public required string InstanceId { get; init; }

    public required string WorkflowTypeId { get; init; }

    public required int WorkflowTypeVersion { get; init; }

    /// <summary>Usually a ContentItemId; a task may change it (e.g. after creating content).</summary>
    public string? CorrelationId { get; set; }

    /// <summary>Data of the event that started or resumed this run (read-only by convention).</summary>
    public required JsonObject Input { get; init; }

    /// <summary>Workflow variables, kept with the instance.</summary>
    public required JsonObject Properties { get; init; }

    /// <summary>Values the workflow produces, kept with the instance.</summary>
    public required JsonObject Output { get; init; }

    /// <summary>The result of the previous task (e.g. a script's value), available to expressions as <c>lastResult</c>.</summary>
    public JsonNode? LastResult { get; set; }

    /// <summary>Activity the run arrived from (null for the first activity of a run).</summary>
    public string? SourceActivityId { get; init; }

    /// <summary>The current time (from the host's TimeProvider).</summary>
    public required DateTime UtcNow { get; init; }

    public required IServiceProvider Services { get; init; }

    /// <summary>A note for this activity's journal entry (e.g. "late: caught up once").</summary>
    public string? JournalNote { get; set; }

    /// <summary>True when this activity is being retried after a fault.</summary>
    public bool IsRetry { get; init; }

    public string? GetString(string name) => Activity.GetString(name);
}
