using System.Globalization;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Bkn.Cms.ContentManagement;
using Bkn.Cms.Contents.Fields;
using Microsoft.AspNetCore.Http;

namespace Bkn.Cms.Contents.Services;

/// <summary>
/// Reads an editor form into the item's parts. Inputs are named "{PartName}.{Property}" for parts and
/// "{PartName}.{FieldName}.{Property}" for fields, which is also the path validation errors are keyed by; a name ending
/// in "[]" collects its repeated values into a JSON array (an empty value is dropped, so a hidden empty input lets an
/// editor clear the list). Parts with an <see cref="IContentPartFormReader"/> then read what is not a plain string.
/// </summary>
public sealed class ContentFormReader(IEnumerable<IContentPartFormReader> readers, IEnumerable<ContentFieldDescriptor> fieldTypes)
{
    /// <summary>Applies the form; returns the errors the part readers found (empty when the form could be read).</summary>
    public async Task<IReadOnlyDictionary<string, string[]>> ApplyAsync(IFormCollection form, ContentItem item, ContentTypeDefinition definition, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        Apply(form, item, definition);
        var errors = new Dictionary<string, string[]>();
        foreach (var part in definition.Parts)
        {
            foreach (var reader in readers.Where(r => r.PartName == part.PartName))
            {
                var context = new ContentPartFormContext(form, item, part, user.FindFirstValue(ClaimTypes.NameIdentifier));
                await reader.ReadAsync(context, cancellationToken);
                foreach (var (key, messages) in context.Errors)
                {
                    errors[key] = [.. (errors.TryGetValue(key, out var existing) ? existing : []), .. messages];
                }
            }
        }

        return errors;
    }

    /// <summary>The generic part: plain strings, "[]" lists and typed field values.</summary>
    public void Apply(IFormCollection form, ContentItem item, ContentTypeDefinition definition)
    {
        foreach (var part in definition.Parts)
        {
            var json = item.Content[part.Name] as JsonObject ?? [];
            var prefix = part.Name + ".";
            foreach (var key in form.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)))
            {
                var isList = key.EndsWith("[]", StringComparison.Ordinal);
                var path = key[prefix.Length..(isList ? ^2 : ^0)].Split('.');
                if (path.Length == 1)
                {
                    json[path[0]] = isList ? ToArray(form[key]) : form[key].ToString();
                }
                else if (path.Length == 2 && part.Fields.FirstOrDefault(f => f.Name == path[0]) is { } field)
                {
                    var fieldJson = json[field.Name] as JsonObject ?? [];
                    fieldJson[path[1]] = isList ? ToArray(form[key]) : Convert(fieldTypes.Describe(field.FieldType).ValueKind, form[key].ToString());
                    json[field.Name] = fieldJson;
                }
            }

            item.Content[part.Name] = json;
        }
    }

    private static JsonArray ToArray(Microsoft.Extensions.Primitives.StringValues values) =>
        new([.. values.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.Ordinal).Select(v => (JsonNode?)JsonValue.Create(v!.Trim()))]);

    private static JsonNode? Convert(ContentFieldValueKind kind, string value) => kind switch
    {
        // An unreadable number is kept as typed so that validation can name it instead of silently dropping it.
        ContentFieldValueKind.Number => string.IsNullOrWhiteSpace(value) ? null
            : decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? JsonValue.Create(number) : JsonValue.Create(value),
        ContentFieldValueKind.Boolean => JsonValue.Create(value.Split(',').Contains("true", StringComparer.OrdinalIgnoreCase)),
        _ => JsonValue.Create(value),
    };
}
