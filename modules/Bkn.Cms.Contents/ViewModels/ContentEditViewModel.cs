using Bkn.Cms.ContentManagement;
using Bkn.Cms.Units;

namespace Bkn.Cms.Contents.ViewModels;

public sealed record ContentEditViewModel(
    ContentItem Item,
    ContentTypeDefinition Definition,
    bool IsNew,
    IReadOnlyList<UnitInfo> Units,
    IReadOnlyDictionary<string, string[]> Errors,
    bool CanPublish,
    bool HasPublishedVersion)
{
    /// <summary>False for a user who may only look at the item (a per-type view permission).</summary>
    public bool CanEdit { get; init; } = true;

    public string? ErrorFor(string key) => Errors.TryGetValue(key, out var list) ? string.Join(" ", list) : null;

    public string Value(string part, string property) =>
        Item.Content[part] is System.Text.Json.Nodes.JsonObject json && json[property] is { } node ? node.ToString() : "";

    public string FieldValue(string part, string field, string property) =>
        Item.Content[part] is System.Text.Json.Nodes.JsonObject json && json[field] is System.Text.Json.Nodes.JsonObject f && f[property] is { } node ? node.ToString() : "";
}
