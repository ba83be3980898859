using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bkn.Cms.Recipes.Models;

/// <summary>A content item of a <see cref="ContentStep"/> in the export shape: common properties, then one object per part.</summary>
public sealed class ContentItemModel
{
    public string? ContentItemId { get; init; }

    public string? ContentType { get; init; }

    public string? DisplayText { get; init; }

    public bool Published { get; init; } = true;

    /// <summary>Code of the owning unit.</summary>
    public string? Unit { get; init; }

    /// <summary>Every other property: the parts, plus export-only columns the step ignores.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement> Other { get; init; } = [];
}
