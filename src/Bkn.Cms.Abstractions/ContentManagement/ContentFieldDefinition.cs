using System.Text.Json.Nodes;

namespace Bkn.Cms.ContentManagement;

/// <summary>A field on a part: its field type (TextField, NumericField …), name and label.</summary>
public sealed record ContentFieldDefinition(string Name, string FieldType, string DisplayName)
{
    public JsonObject? Settings { get; init; }

    public bool Required { get; init; }
}
