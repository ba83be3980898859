using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bkn.Cms.Contents.Api;

/// <summary>
/// The body of a content API write, in the shape <see cref="ContentJson.ToJson"/> gives out: common properties with
/// their types (so a number where text belongs, or an object where a date belongs, is refused when the body is read),
/// and one object per part. Read-only properties (ids, flags, dates) may be sent back as received; they are ignored.
/// </summary>
public sealed class ContentApiRequest
{
    public string? ContentItemId { get; init; }

    public string? ContentItemVersionId { get; init; }

    public string? ContentType { get; init; }

    public string? DisplayText { get; init; }

    public bool? Latest { get; init; }

    public bool? Published { get; init; }

    public string? Owner { get; init; }

    public string? Author { get; init; }

    public string? UnitId { get; init; }

    public DateTime? CreatedUtc { get; init; }

    public DateTime? ModifiedUtc { get; init; }

    public DateTime? PublishedUtc { get; init; }

    /// <summary>Everything else: the parts, by the name they are stored under.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement> Parts { get; init; } = [];
}
