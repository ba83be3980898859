using System.Text.Json;
using Bkn.Cms.ContentManagement;
using Bkn.Cms.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Recipes;

/// <summary>
/// <c>{"name":"ContentDefinition","types":[{"name","displayName","settings":{…},"parts":[{"name","partName"?,"fields":[{"name","fieldType","displayName"}]}]}]}</c>.
/// A part not offered by any module is refused unless it is the type's own part (named like the type), which holds fields;
/// a field type not in the registry (the <see cref="ContentFieldDescriptor"/>s modules register) is refused.
/// </summary>
public sealed class ContentDefinitionStep(IEnumerable<ContentPartDescriptor> parts, IEnumerable<ContentFieldDescriptor> fieldTypes) : IRecipeStep
{
    public string Name => "ContentDefinition";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var store = context.Services.GetRequiredService<ContentDefinitionStore>();
        var db = context.Services.GetRequiredService<CmsDbContext>();
        var known = parts.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var knownFields = fieldTypes.Select(f => f.Name).ToList();
        foreach (var type in context.Step.Array("types"))
        {
            var definition = type.Deserialize<ContentTypeDefinition>(ContentDefinitionStore.JsonOptions)
                ?? throw new RecipeException("Definisi tipe konten kosong.");
            if (string.IsNullOrWhiteSpace(definition.Name))
            {
                throw new RecipeException("Tipe konten: \"name\" wajib diisi.");
            }

            var normalized = definition with
            {
                DisplayName = string.IsNullOrWhiteSpace(definition.DisplayName) ? definition.Name : definition.DisplayName,
                Settings = definition.Settings ?? new ContentTypeSettings(),
                Parts = [.. (definition.Parts ?? []).Select(p => p with { PartName = string.IsNullOrEmpty(p.PartName) ? p.Name : p.PartName, Fields = p.Fields ?? [] })],
            };
            foreach (var part in normalized.Parts)
            {
                if (!known.Contains(part.PartName) && part.PartName != normalized.Name)
                {
                    throw new RecipeException($"Tipe konten '{normalized.Name}': bagian '{part.PartName}' tidak dikenal.");
                }

                foreach (var field in part.Fields.Where(f => !knownFields.Contains(f.FieldType, StringComparer.Ordinal)))
                {
                    throw new RecipeException(
                        $"Tipe konten '{normalized.Name}': jenis isian '{field.FieldType}' pada '{field.Name}' tidak dikenal; jenis yang tersedia: {string.Join(", ", knownFields)}.");
                }
            }

            await store.SaveTypeAsync(db, normalized, cancellationToken);
        }
    }
}
