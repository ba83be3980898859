using System.Text.Json.Serialization;

namespace Bkn.Cms.Features.Api;

public sealed record FeatureDto(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("category")] string Category,
    [property: JsonPropertyName("dependencies")] IReadOnlyList<string> Dependencies,
    [property: JsonPropertyName("enabled")] bool Enabled,
    [property: JsonPropertyName("unitScoped")] bool UnitScoped,
    [property: JsonPropertyName("alwaysEnabled")] bool AlwaysEnabled);
