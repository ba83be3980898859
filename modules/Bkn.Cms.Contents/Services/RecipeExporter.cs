using System.Text.Json;
using System.Text.Json.Nodes;
using Bkn.Cms.ContentManagement;
using Bkn.Cms.Units;

namespace Bkn.Cms.Contents.Services;

/// <summary>Builds a recipe (ContentDefinition + content steps) from selected items, importable on another installation.</summary>
public sealed class RecipeExporter(IContentDefinitionStore definitions)
{
    private static readonly JsonSerializerOptions DefinitionJson = new(JsonSerializerDefaults.Web);

    public JsonObject Export(IReadOnlyList<ContentItem> items, UnitTreeSnapshot units, DateTimeOffset now)
    {
        var types = new JsonArray();
        foreach (var name in items.Select(i => i.ContentType).Distinct(StringComparer.Ordinal))
        {
            if (definitions.GetType(name) is { } definition)
            {
                types.Add(JsonSerializer.SerializeToNode(definition, DefinitionJson));
            }
        }

        var data = new JsonArray();
        foreach (var item in items)
        {
            var json = new JsonObject
            {
                ["ContentItemId"] = item.ContentItemId,
                ["ContentType"] = item.ContentType,
                ["DisplayText"] = item.DisplayText,
                ["Published"] = item.Published,
            };
            if (item.UnitId is { } unit && units.Find(unit) is { } info)
            {
                json["Unit"] = info.Code;
            }

            foreach (var (part, value) in item.Content)
            {
                json[part] = value?.DeepClone();
            }

            data.Add(json);
        }

        return new JsonObject
        {
            ["name"] = $"ekspor-konten-{now:yyyyMMdd-HHmm}",
            ["displayName"] = $"Ekspor {items.Count} konten",
            ["steps"] = new JsonArray
            {
                new JsonObject { ["name"] = "ContentDefinition", ["types"] = types },
                new JsonObject { ["name"] = "content", ["data"] = data },
            },
        };
    }
}
