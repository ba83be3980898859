using System.Text.Json;

namespace Bkn.Cms.Recipes;

/// <summary>Small readers for recipe step JSON that fail with Indonesian messages.</summary>
public static class RecipeJson
{
    public static string? OptionalString(this JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static string RequiredString(this JsonElement element, string property, string what) =>
        element.OptionalString(property) is { Length: > 0 } value ? value : throw new RecipeException($"{what}: \"{property}\" wajib diisi.");

    public static bool OptionalBool(this JsonElement element, string property, bool defaultValue = false) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? value.GetBoolean()
            : defaultValue;

    public static IEnumerable<JsonElement> Array(this JsonElement element, string property)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new RecipeException($"\"{property}\" harus berupa daftar (array).");
        }

        return value.EnumerateArray();
    }

    public static IReadOnlyList<string> StringArray(this JsonElement element, string property) =>
        [.. element.Array(property).Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : throw new RecipeException($"Isi \"{property}\" harus berupa teks."))];
}
