using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bkn.Cms.Workflows;

/// <summary>The persisted state of an instance (the <c>State</c> column).</summary>
public sealed class WorkflowInstanceState
{
    public JsonObject Input { get; set; } = [];

    public JsonObject Properties { get; set; } = [];

    public JsonObject Output { get; set; } = [];

    public JsonNode? LastResult { get; set; }

    /// <summary>Where a fault happened, to retry from there.</summary>
    public string? FaultedActivityId { get; set; }

    public bool FaultedOnResume { get; set; }

    public string? FaultedSourceActivityId { get; set; }

    public static WorkflowInstanceState Parse(string json) =>
        JsonSerializer.Deserialize<WorkflowInstanceState>(json, WorkflowTypeDefinition.JsonOptions) ?? new();

    public string ToJson() => JsonSerializer.Serialize(this, WorkflowJson.Compact);
}
