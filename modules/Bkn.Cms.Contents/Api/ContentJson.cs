using System.Text.Json.Nodes;
using Bkn.Cms.ContentManagement;

namespace Bkn.Cms.Contents.Api;

/// <summary>Items on the wire in the Orchard JSON shape: common properties plus one object per part.</summary>
public static class ContentJson
{
    private static readonly HashSet<string> Common = new(StringComparer.Ordinal)
    {
        "ContentItemId", "ContentItemVersionId", "ContentType", "DisplayText", "Latest", "Published", "Owner", "Author",
        "UnitId", "CreatedUtc", "ModifiedUtc", "PublishedUtc",
    };

    public static JsonObject ToJson(ContentItem item)
    {
        var json = new JsonObject
        {
            ["ContentItemId"] = item.ContentItemId,
            ["ContentItemVersionId"] = item.ContentItemVersionId,
            ["ContentType"] = item.ContentType,
            ["DisplayText"] = item.DisplayText,
            ["Latest"] = item.Latest,
            ["Published"] = item.Published,
            ["Owner"] = item.Owner,
            ["Author"] = item.Author,
            ["UnitId"] = item.UnitId?.ToString(),
            ["CreatedUtc"] = item.CreatedUtc,
            ["ModifiedUtc"] = item.ModifiedUtc,
            ["PublishedUtc"] = item.PublishedUtc,
        };
        foreach (var (name, value) in item.Content)
        {
            json[name] = value?.DeepClone();
        }

        return json;
    }

    /// <summary>Copies the parts of a request body onto the item (common properties other than DisplayText and UnitId are ignored).</summary>
    public static void ApplyParts(JsonObject body, ContentItem item)
    {
        foreach (var (name, value) in body)
        {
            if (!Common.Contains(name) && value is JsonObject part)
            {
                item.Content[name] = part.DeepClone();
            }
        }

        if (body["UnitId"]?.GetValue<string>() is { } unit && Guid.TryParse(unit, out var unitId))
        {
            item.UnitId = unitId;
        }
    }
}
