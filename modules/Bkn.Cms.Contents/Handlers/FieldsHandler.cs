using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bkn.Cms.ContentManagement;
using Bkn.Cms.Contents.Fields;
using Microsoft.Extensions.Localization;

namespace Bkn.Cms.Contents.Handlers;

/// <summary>Validates the fields added to a type: required values, numbers, dates and web addresses.</summary>
public sealed class FieldsHandler(IContentQuery query, IEnumerable<ContentFieldDescriptor> fieldTypes, IStringLocalizer t) : IContentHandler
{
    public async Task ValidatingAsync(ContentValidationContext context, CancellationToken cancellationToken)
    {
        foreach (var part in context.Definition.Parts.Where(p => p.Fields.Count > 0))
        {
            var json = context.Item.Content[part.Name] as JsonObject;
            foreach (var field in part.Fields)
            {
                var descriptor = fieldTypes.Describe(field.FieldType);
                var property = descriptor.ValueProperty;
                var node = (json?[field.Name] as JsonObject)?[property];
                var key = $"{part.Name}.{field.Name}.{property}";
                var text = node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : node?.ToJsonString();
                var empty = node is null || (node is JsonArray list ? list.Count == 0 : string.IsNullOrWhiteSpace(text)) || (descriptor.ValueKind == ContentFieldValueKind.Boolean && node.GetValueKind() == JsonValueKind.False);
                if (empty)
                {
                    if (field.Required)
                    {
                        context.Fail(key, t["{0} wajib diisi.", t[field.DisplayName]]);
                    }

                    continue;
                }

                var error = descriptor.ValueKind switch
                {
                    ContentFieldValueKind.Number when node!.GetValueKind() != JsonValueKind.Number => t["{0} harus berupa angka.", t[field.DisplayName]],
                    ContentFieldValueKind.Date when !DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _) => t["{0} harus berupa tanggal.", t[field.DisplayName]],
                    ContentFieldValueKind.Url when !(Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https") => t["{0} harus berupa alamat web yang diawali http:// atau https://.", t[field.DisplayName]],
                    ContentFieldValueKind.Choice when !Options(field, descriptor.OptionsSetting).Contains(text ?? "") => t["Pilihan {0} tidak dikenal untuk {1}.", text ?? "", t[field.DisplayName]],
                    ContentFieldValueKind.ContentItems or ContentFieldValueKind.References when node is not JsonArray => t["{0} harus berupa daftar.", t[field.DisplayName]],
                    ContentFieldValueKind.ContentItems or ContentFieldValueKind.References when !Flag(field, "Multiple") && ((JsonArray)node!).Count > 1 => t["{0} hanya boleh satu.", t[field.DisplayName]],
                    ContentFieldValueKind.ContentItems => await MissingItemAsync(field, descriptor, (JsonArray)node!, cancellationToken),
                    _ => null,
                };
                if (error is not null)
                {
                    context.Fail(key, error);
                }
            }
        }

    }

    /// <summary>A picked item must exist (not deleted) and be of a type the field offers.</summary>
    private async Task<LocalizedString?> MissingItemAsync(ContentFieldDefinition field, ContentFieldDescriptor descriptor, JsonArray ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Select(n => n?.ToString() ?? "").Distinct(StringComparer.Ordinal).ToList();
        var page = await query.ListAsync(new ContentListQuery { Ids = wanted, Types = Options(field, descriptor.OptionsSetting), PageSize = 200 }, cancellationToken);
        var found = page.Items.Select(i => i.ContentItemId).ToHashSet(StringComparer.Ordinal);
        return wanted.FirstOrDefault(id => !found.Contains(id)) is null ? null : t["{0} memuat konten yang tidak ada atau tidak boleh dipilih.", t[field.DisplayName]];
    }

    private static List<string> Options(ContentFieldDefinition field, string? key) =>
        key is not null && field.Settings?[key] is JsonArray array ? [.. array.Select(n => n?.ToString() ?? "")] : [];

    private static bool Flag(ContentFieldDefinition field, string key) => field.Settings?[key] is JsonValue v && v.TryGetValue<bool>(out var b) && b;
}
