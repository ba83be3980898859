using Bkn.Cms.WebService.Models;

namespace Bkn.Cms.WebService.Services;

/// <summary>What an administrator enters for a client.</summary>
public sealed class WsClientInput
{
    public Guid AgencyId { get; set; }

    public WsEnvironment Environment { get; set; }

    public string DisplayName { get; set; } = "";

    public IReadOnlyList<string> Scopes { get; set; } = [];

    public string AllowedAddresses { get; set; } = "";

    public int RateLimitPerMinute { get; set; } = 600;
}

/// <summary>A refused client change: every message in Indonesian; nothing was saved.</summary>
public sealed class WsClientException(IReadOnlyList<string> errors) : Exception(string.Join(" ", errors))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}

/// <summary>A client and the secret just issued to it (shown once, never stored in clear).</summary>
public sealed record WsIssuedSecret(WsClient Client, string Secret);
