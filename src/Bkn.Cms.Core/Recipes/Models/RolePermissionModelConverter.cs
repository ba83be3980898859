using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bkn.Cms.Recipes.Models;

/// <summary>Reads a grant written as a bare permission name or as an object with a scope.</summary>
public sealed class RolePermissionModelConverter : JsonConverter<RolePermissionModel>
{
    public override RolePermissionModel Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return new RolePermissionModel { Name = reader.GetString() };
        }

        using var document = JsonDocument.ParseValue(ref reader);
        var element = document.RootElement;
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("A permission is a name or an object.");
        }

        return new RolePermissionModel { Name = Text(element, "name"), Scope = Text(element, "scope") };
    }

    public override void Write(Utf8JsonWriter writer, RolePermissionModel value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("name", value.Name);
        writer.WriteString("scope", value.Scope);
        writer.WriteEndObject();
    }

    private static string? Text(JsonElement element, string property) =>
        element.EnumerateObject().FirstOrDefault(p => string.Equals(p.Name, property, StringComparison.OrdinalIgnoreCase)).Value is { ValueKind: JsonValueKind.String } value
            ? value.GetString()
            : null;
}
