using System.Text.Json;
using Bkn.Cms.Recipes;
using Bkn.Cms.Search.Indexing;
using Bkn.Cms.Search.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Search.Recipes;

/// <summary>
/// <c>{"name":"SearchIndexes","indexes":[{"name":"publik","analyzer":"indonesian","contentTypes":["Halaman"],
/// "publishedOnly":true,"parts":[],"storeText":true}]}</c>. Creates or replaces each index definition (by name);
/// <c>"addContentTypes":["Berita"]</c> instead adds types to an existing index (for a module's own recipe). Idempotent:
/// an unchanged definition is left as it is, a changed one is rebuilt on every node.
/// </summary>
public sealed class SearchIndexesStep : IRecipeStep
{
    public string Name => "SearchIndexes";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (!context.Step.TryGetProperty("indexes", out var indexes) || indexes.ValueKind != JsonValueKind.Array)
        {
            throw new RecipeException("Langkah SearchIndexes memerlukan daftar 'indexes'.");
        }

        var writer = context.Services.GetRequiredService<SearchIndexDefinitions>();
        var db = context.Services.GetRequiredService<DbContext>();
        foreach (var element in indexes.EnumerateArray())
        {
            var name = element.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : "";
            SearchIndexSettings settings;
            try
            {
                settings = element.Deserialize<SearchIndexSettings>(SearchIndexSettings.Json) ?? new SearchIndexSettings();
            }
            catch (JsonException ex)
            {
                throw new RecipeException($"Indeks pencarian '{name}' tidak dapat dibaca: {ex.Message}");
            }

            if (element.TryGetProperty("addContentTypes", out var add) && add.ValueKind == JsonValueKind.Array)
            {
                var existing = await db.Set<Models.SearchIndexRecord>().AsNoTracking().FirstOrDefaultAsync(r => r.Name == name, cancellationToken);
                var current = existing is null ? settings : SearchIndexSettings.FromJson(existing.Settings);
                var types = current.ContentTypes.Concat(add.EnumerateArray().Select(t => t.GetString() ?? "")).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
                settings = current with { ContentTypes = types };
            }

            if (SearchIndexDefinitions.Validate(name, settings) is { } error)
            {
                throw new RecipeException(error);
            }

            await writer.SaveAsync(name, settings, cancellationToken);
        }
    }
}
