using System.Text.Json.Nodes;

namespace Bkn.Cms.ContentManagement;

/// <summary>
/// Model of a part's editor partial. Inputs are named "{Part.Name}.{Property}" (<see cref="InputName"/>); a name ending
/// in "[]" collects repeated values into a JSON array. Errors are keyed by the same name.
/// </summary>
public class ContentPartEditorModel(ContentItem item, ContentTypePartDefinition part, IReadOnlyDictionary<string, string[]> errors)
{
    public ContentItem Item { get; } = item;

    public ContentTypePartDefinition Part { get; } = part;

    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    /// <summary>The part's stored JSON (empty when the item has none yet).</summary>
    public JsonObject Json => Item.Content[Part.Name] as JsonObject ?? [];

    public string InputName(string property) => $"{Part.Name}.{property}";

    /// <summary>An HTML id unique within the editor.</summary>
    public string InputId(string property) => $"{Part.Name}-{property}".Replace('.', '-');

    public string Value(string property) => Json[property] is { } node ? node.ToString() : "";

    public IReadOnlyList<string> Values(string property) =>
        Json[property] is JsonArray array ? [.. array.Select(n => n?.ToString() ?? "")] : [];

    public string? Error(string property) => Errors.TryGetValue(InputName(property), out var list) ? string.Join(" ", list) : null;

    /// <summary>"true"/"false" for aria-invalid.</summary>
    public string Invalid(string property) => Error(property) is null ? "false" : "true";
}

/// <summary>Model of a field's editor partial ("Fields/{FieldType}.Edit"); properties are those of the field's JSON object.</summary>
public sealed class ContentFieldEditorModel(ContentItem item, ContentTypePartDefinition part, ContentFieldDefinition field, IReadOnlyDictionary<string, string[]> errors)
    : ContentPartEditorModel(item, part, errors)
{
    public ContentFieldDefinition Field { get; } = field;

    public JsonObject FieldJson => Json[Field.Name] as JsonObject ?? [];

    public new string InputName(string property) => $"{Part.Name}.{Field.Name}.{property}";

    public new string InputId(string property) => $"{Part.Name}-{Field.Name}-{property}".Replace('.', '-');

    public new string Value(string property) => FieldJson[property] is { } node ? node.ToString() : "";

    public new IReadOnlyList<string> Values(string property) =>
        FieldJson[property] is JsonArray array ? [.. array.Select(n => n?.ToString() ?? "")] : [];

    public new string? Error(string property) => Errors.TryGetValue(InputName(property), out var list) ? string.Join(" ", list) : null;

    public new string Invalid(string property) => Error(property) is null ? "false" : "true";

    /// <summary>A string setting of the field, e.g. "Hint".</summary>
    public string? Setting(string name) => Field.Settings?[name]?.ToString();

    /// <summary>A list setting of the field, e.g. "Options" of an enumeration.</summary>
    public IReadOnlyList<string> SettingList(string name) =>
        Field.Settings?[name] is JsonArray array ? [.. array.Select(n => n?.ToString() ?? "").Where(s => s.Length > 0)] : [];

    public bool SettingFlag(string name) => Field.Settings?[name] is JsonValue v && v.TryGetValue<bool>(out var b) && b;
}
