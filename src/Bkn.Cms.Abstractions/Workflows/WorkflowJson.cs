using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bkn.Cms.Workflows;

/// <summary>Compact camelCase JSON for stored state and journals.</summary>
public static class WorkflowJson
{
    public static readonly JsonSerializerOptions Compact = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static List<WorkflowJournalEntry> ParseJournal(string json) =>
        JsonSerializer.Deserialize<List<WorkflowJournalEntry>>(json, Compact) ?? [];

    public static string JournalToJson(List<WorkflowJournalEntry> journal) => JsonSerializer.Serialize(journal, Compact);
}
