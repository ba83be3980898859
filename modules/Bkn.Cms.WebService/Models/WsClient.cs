namespace Bkn.Cms.WebService.Models;

/// <summary>
/// An agency's OAuth2 client of the web service (one per agency and environment, or more). The secret itself lives hashed
/// in OpenIddict's application row (same client id); this row holds what OpenIddict does not know: the agency, the
/// environment, the address allow-list, the rate limit, the rotation overlap and the revocation.
/// </summary>
public sealed class WsClient
{
    public Guid Id { get; set; }

    /// <summary>The OAuth2 client_id, also the id of the OpenIddict application.</summary>
    public string ClientId { get; set; } = "";

    public Guid AgencyId { get; set; }

    public WsEnvironment Environment { get; set; }

    public string DisplayName { get; set; } = "";

    /// <summary>Granted scopes, space separated (<see cref="WsScopes"/>).</summary>
    public string Scopes { get; set; } = "";

    /// <summary>Addresses and CIDR networks allowed to call, one per line; empty refuses every address.</summary>
    public string AllowedAddresses { get; set; } = "";

    /// <summary>Requests per minute this client may make to the API.</summary>
    public int RateLimitPerMinute { get; set; } = 600;

    /// <summary>The hash of the secret replaced by the last rotation (OpenIddict's format), valid until <see cref="PreviousSecretValidUntilUtc"/>.</summary>
    public string? PreviousSecretHash { get; set; }

    public DateTime? PreviousSecretValidUntilUtc { get; set; }

    public DateTime SecretCreatedUtc { get; set; }

    public DateTime CreatedUtc { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTime? RevokedUtc { get; set; }

    public string? RevokedBy { get; set; }

    public bool IsRevoked => RevokedUtc is not null;
}
