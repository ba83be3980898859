using System.Text.Json.Nodes;
using Bkn.Cms.ContentManagement;

namespace Bkn.Cms.Contents.Api;

/// <summary>Items on the wire in the Orchard JSON shape: common properties plus one object per part.</summary>
public static class ContentJson
{
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

    /// <summary>Copies the parts of a (validated) request onto the item; of the common properties only DisplayText and UnitId.</summary>
    public static void Apply(ContentApiRequest request, ContentItem item)
    {
        foreach (var (name, value) in request.Parts)
        {
            if (JsonNode.Parse(value.GetRawText()) is JsonObject part)
            {
                item.Content[name] = part;
            }
        }

        if (request.UnitId is { } unit && Guid.TryParse(unit, out var unitId))
        {
            item.UnitId = unitId;
        }
    }
}
