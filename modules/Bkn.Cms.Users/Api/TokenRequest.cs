using System.Text.Json.Serialization;

namespace Bkn.Cms.Users.Api;

public sealed record TokenRequest([property: JsonPropertyName("userName")] string? UserName, [property: JsonPropertyName("password")] string? Password);
