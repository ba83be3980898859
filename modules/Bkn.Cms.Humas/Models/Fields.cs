using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bkn.Cms.ContentManagement;

namespace Bkn.Cms.Humas.Models;

/// <summary>Reads the values of fields stored on a type's own part ("{Type}.{Field}.{Property}").</summary>
public static class Fields
{
    public static string Text(ContentItem item, string field) => String(Field(item, field), "Text");

    /// <summary>An EnumerationField's value (also accepts "Text" written before the field type had its own editor).</summary>
    public static string Choice(ContentItem item, string field)
    {
        var node = Field(item, field);
        var value = String(node, "Value");
        return value.Length > 0 ? value : String(node, "Text");
    }

    public static DateOnly? Date(ContentItem item, string field)
    {
        var node = Field(item, field);
        var text = String(node, "Value");
        if (text.Length == 0)
        {
            text = String(node, "Text");
        }

        return DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? DateOnly.FromDateTime(date) : null;
    }

    public static decimal? Number(ContentItem item, string field) =>
        Field(item, field)?["Value"] is JsonValue value && value.GetValueKind() == JsonValueKind.Number ? value.GetValue<decimal>() : null;

    /// <summary>The ids chosen in a ContentPickerField.</summary>
    public static IReadOnlyList<string> Ids(ContentItem item, string field) => Strings(Field(item, field)?["ContentItemIds"]);

    /// <summary>The first media path of a MediaField (or a plain text path) and the alt text the editor gave it on the item.</summary>
    public static (string? Path, string? Text) Media(ContentItem item, string field)
    {
        var node = Field(item, field);
        var paths = Strings(node?["Paths"]);
        var texts = Strings(node?["MediaTexts"]);
        var alt = String(node, "AltText");
        if (paths.Count > 0)
        {
            return (paths[0], alt.Length > 0 ? alt : texts.Count > 0 ? texts[0] : null);
        }

        var text = String(node, "Text");
        return (text.Length > 0 ? text : null, null);
    }

    private static JsonObject? Field(ContentItem item, string field) => (item.Content[item.ContentType] as JsonObject)?[field] as JsonObject;

    private static string String(JsonObject? node, string property) =>
        node?[property] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>().Trim() : "";

    private static List<string> Strings(JsonNode? node) =>
        node is JsonArray array ? [.. array.OfType<JsonValue>().Where(v => v.GetValueKind() == JsonValueKind.String).Select(v => v.GetValue<string>()).Where(s => s.Length > 0)] : [];
}
