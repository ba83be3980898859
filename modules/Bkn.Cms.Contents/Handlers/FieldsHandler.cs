using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bkn.Cms.ContentManagement;
using Microsoft.Extensions.Localization;

namespace Bkn.Cms.Contents.Handlers;

/// <summary>Validates the fields added to a type: required values, numbers, dates and web addresses.</summary>
public sealed class FieldsHandler(IStringLocalizer t) : IContentHandler
{
    public Task ValidatingAsync(ContentValidationContext context, CancellationToken cancellationToken)
    {
        foreach (var part in context.Definition.Parts.Where(p => p.Fields.Count > 0))
        {
            var json = context.Item.Content[part.Name] as JsonObject;
            foreach (var field in part.Fields)
            {
                var property = PropertyOf(field.FieldType);
                var node = (json?[field.Name] as JsonObject)?[property];
                var key = $"{part.Name}.{field.Name}.{property}";
                var text = node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : node?.ToJsonString();
                var empty = node is null || string.IsNullOrWhiteSpace(text) || (field.FieldType == "BooleanField" && node.GetValueKind() == JsonValueKind.False);
                if (empty)
                {
                    if (field.Required)
                    {
                        context.Fail(key, t["{0} wajib diisi.", t[field.DisplayName]]);
                    }

                    continue;
                }

                var error = field.FieldType switch
                {
                    "NumericField" when node!.GetValueKind() != JsonValueKind.Number => t["{0} harus berupa angka.", t[field.DisplayName]],
                    "DateField" or "DateTimeField" when !DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _) => t["{0} harus berupa tanggal.", t[field.DisplayName]],
                    "LinkField" when !(Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https") => t["{0} harus berupa alamat web yang diawali http:// atau https://.", t[field.DisplayName]],
                    _ => null,
                };
                if (error is not null)
                {
                    context.Fail(key, error);
                }
            }
        }

        return Task.CompletedTask;
    }

    public static string PropertyOf(string fieldType) => fieldType switch
    {
        "NumericField" or "BooleanField" or "DateField" or "DateTimeField" => "Value",
        "LinkField" => "Url",
        _ => "Text",
    };
}
