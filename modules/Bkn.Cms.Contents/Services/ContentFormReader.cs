using System.Globalization;
using System.Text.Json.Nodes;
using Bkn.Cms.ContentManagement;
using Microsoft.AspNetCore.Http;

namespace Bkn.Cms.Contents.Services;

/// <summary>
/// Reads an editor form into the item's parts. Inputs are named "{PartName}.{Property}" for parts and
/// "{PartName}.{FieldName}.{Property}" for fields, which is also the path validation errors are keyed by.
/// </summary>
public static class ContentFormReader
{
    public static void Apply(IFormCollection form, ContentItem item, ContentTypeDefinition definition)
    {
        foreach (var part in definition.Parts)
        {
            var json = item.Content[part.Name] as JsonObject ?? [];
            var prefix = part.Name + ".";
            foreach (var key in form.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)))
            {
                var path = key[prefix.Length..].Split('.');
                var value = form[key].ToString();
                if (path.Length == 1 && part.PartName == "TermsPart" && path[0] == "Terms")
                {
                    json["Terms"] = new JsonArray([.. form[key].Where(v => !string.IsNullOrEmpty(v)).Select(v => (JsonNode?)JsonValue.Create(v))]);
                }
                else if (path.Length == 1)
                {
                    json[path[0]] = value;
                }
                else if (path.Length == 2 && part.Fields.FirstOrDefault(f => f.Name == path[0]) is { } field)
                {
                    var fieldJson = json[field.Name] as JsonObject ?? [];
                    fieldJson[path[1]] = Convert(field.FieldType, value);
                    json[field.Name] = fieldJson;
                }
            }

            item.Content[part.Name] = json;
        }
    }

    private static JsonNode? Convert(string fieldType, string value) => fieldType switch
    {
        // An unreadable number is kept as typed so that validation can name it instead of silently dropping it.
        "NumericField" => string.IsNullOrWhiteSpace(value) ? null
            : decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? JsonValue.Create(number) : JsonValue.Create(value),
        "BooleanField" => JsonValue.Create(value.Split(',').Contains("true", StringComparer.OrdinalIgnoreCase)),
        _ => JsonValue.Create(value),
    };
}
