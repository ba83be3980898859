using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Bkn.Cms.ContentManagement;

/// <summary>
/// One version of a content item in the Orchard JSON shape: common properties plus one JSON object per part
/// (named after the part), with fields nested inside their part.
/// </summary>
public sealed class ContentItem
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.General) { WriteIndented = false };

    public string ContentItemId { get; set; } = "";

    public string ContentItemVersionId { get; set; } = "";

    public string ContentType { get; set; } = "";

    public string DisplayText { get; set; } = "";

    public bool Latest { get; set; }

    public bool Published { get; set; }

    /// <summary>User id of the owner (who created the item).</summary>
    public string? Owner { get; set; }

    /// <summary>User id of the author of this version.</summary>
    public string? Author { get; set; }

    public Guid? UnitId { get; set; }

    public DateTime? CreatedUtc { get; set; }

    public DateTime? ModifiedUtc { get; set; }

    public DateTime? PublishedUtc { get; set; }

    /// <summary>
    /// True while the content store creates this item under an id it generated itself (in <c>New</c>, or in
    /// <c>CreateAsync</c> for an item without one): no stored row, workflow or wait can refer to the id yet, so handlers
    /// of the create may skip look-ups by it. False for ids chosen by the caller (recipes, imports) and after the create.
    /// </summary>
    [JsonIgnore]
    public bool HasNewId { get; internal set; }

    /// <summary>The parts, keyed by part name.</summary>
    public JsonObject Content { get; set; } = [];

    /// <summary>The part stored under its type name, or null when the item has none.</summary>
    public T? As<T>()
        where T : ContentPart => Get<T>(typeof(T).Name);

    public T? Get<T>(string name)
        where T : ContentPart =>
        Content.TryGetPropertyValue(name, out var node) && node is JsonObject ? node.Deserialize<T>(JsonOptions) : null;

    /// <summary>Stores the part under its type name, replacing what was there.</summary>
    public ContentItem Apply<T>(T part)
        where T : ContentPart => Apply(typeof(T).Name, part);

    public ContentItem Apply<T>(string name, T part)
        where T : ContentPart
    {
        Content[name] = JsonSerializer.SerializeToNode(part, JsonOptions);
        return this;
    }

    /// <summary>Changes a part in place: reads it (or a new one), lets <paramref name="change"/> edit it, stores it.</summary>
    public ContentItem Alter<T>(Action<T> change)
        where T : ContentPart, new()
    {
        var part = As<T>() ?? new T();
        change(part);
        return Apply(part);
    }

    public bool Has(string partName) => Content.ContainsKey(partName);
}
