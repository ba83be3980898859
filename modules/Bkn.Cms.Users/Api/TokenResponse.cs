using System.Text.Json.Serialization;

namespace Bkn.Cms.Users.Api;

public sealed record TokenResponse([property: JsonPropertyName("access_token")] string AccessToken, [property: JsonPropertyName("expires_in")] int ExpiresIn)
{
    [JsonPropertyName("token_type")]
    public string TokenType => "Bearer";
}
