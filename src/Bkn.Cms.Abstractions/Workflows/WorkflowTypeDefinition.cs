using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bkn.Cms.Workflows;

/// <summary>
/// A workflow type as stored, exported and shipped in recipes (camelCase JSON). <see cref="WorkflowTypeId"/> is stable
/// across versions; every saved change creates a new <see cref="Version"/>.
/// </summary>
public sealed class WorkflowTypeDefinition
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Stable id (letters, digits, '-' and '_'; at most 64 characters), e.g. "editorial-review".</summary>
    public string WorkflowTypeId { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>Set by the store; ignored on import.</summary>
    public int Version { get; set; }

    public bool IsEnabled { get; set; } = true;

    /// <summary>At most one unfinished instance per correlation id: a start event for a correlation that already has one is ignored.</summary>
    public bool SingletonPerCorrelation { get; set; }

    /// <summary>
    /// Whether an instance that finishes in the run that started it is stored (with its journal). Off for high-volume
    /// types whose activities leave their own trace (helpdesk routing notes the team on the ticket); faulted and
    /// waiting instances are always stored.
    /// </summary>
    public bool KeepFinishedInstances { get; set; } = true;

    public List<ActivityDefinition> Activities { get; set; } = [];

    public List<TransitionDefinition> Transitions { get; set; } = [];

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    public static WorkflowTypeDefinition FromJson(string json) =>
        JsonSerializer.Deserialize<WorkflowTypeDefinition>(json, JsonOptions) ?? throw new JsonException("Empty workflow type.");

    public WorkflowTypeDefinition Clone() => FromJson(ToJson());
}
