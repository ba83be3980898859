using System.Reflection;
using System.Text.Json;
using Bkn.Cms.ContentManagement;
using Bkn.Cms.Units;

namespace Bkn.Cms.Contents.Api;

/// <summary>
/// Checks a content API write against the type definition before anything is stored: only the type's parts, each an
/// object; in a part only its fields (objects of plain values) and the properties of its part class, each of a value the
/// class can hold (what the admin editor reads later); a unit that exists. Errors are keyed by the offending path.
/// </summary>
public sealed class ContentApiValidator(IEnumerable<ContentPartDescriptor> descriptors, IUnitTree units)
{
    public async Task<IReadOnlyDictionary<string, string[]>> ValidateAsync(ContentApiRequest request, ContentTypeDefinition definition, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (name, value) in request.Parts)
        {
            if (definition.Part(name) is not { } part)
            {
                errors[name] = [$"Tipe konten {definition.Name} tidak memiliki bagian {name}."];
            }
            else if (value.ValueKind != JsonValueKind.Object)
            {
                errors[name] = [$"Bagian {name} harus berupa objek JSON."];
            }
            else
            {
                CheckPart(name, part, value, errors);
            }
        }

        if (request.UnitId is { } unit && (!Guid.TryParse(unit, out var unitId) || (await units.GetAsync(cancellationToken)).Find(unitId) is null))
        {
            errors[nameof(ContentApiRequest.UnitId)] = ["Unit kerja tidak dikenal."];
        }

        return errors;
    }

    private void CheckPart(string name, ContentTypePartDefinition part, JsonElement value, Dictionary<string, string[]> errors)
    {
        var partClass = descriptors.FirstOrDefault(d => d.Name == part.PartName)?.Type;
        foreach (var property in value.EnumerateObject())
        {
            var key = $"{name}.{property.Name}";
            if (part.Fields.Any(f => f.Name == property.Name))
            {
                if (!IsFieldValue(property.Value))
                {
                    errors[key] = [$"Bidang {key} harus berupa objek berisi nilai sederhana (teks, angka, ya/tidak, tanggal atau daftar)."];
                }
            }
            else if (partClass?.GetProperty(property.Name, BindingFlags.Public | BindingFlags.Instance) is { CanWrite: true } clr)
            {
                if (!Fits(property.Value, clr.PropertyType))
                {
                    errors[key] = [$"Nilai {key} berjenis salah."];
                }
            }
            else
            {
                errors[key] = [$"Bagian {name} tidak memiliki isian {property.Name}."];
            }
        }
    }

    private static bool IsFieldValue(JsonElement field) =>
        field.ValueKind == JsonValueKind.Object && field.EnumerateObject().All(p => p.Value.ValueKind switch
        {
            JsonValueKind.Object => false,
            JsonValueKind.Array => p.Value.EnumerateArray().All(e => e.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array)),
            _ => true,
        });

    private static bool Fits(JsonElement value, Type type)
    {
        try
        {
            value.Deserialize(type, ContentItem.JsonOptions);
            return true;
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException)
        {
            return false;
        }
    }
}
