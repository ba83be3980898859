namespace Bkn.Cms.Hosting;

/// <summary>
/// Which scheme authenticates a request by default. The engine signs people in with its cookie on pages and its bearer
/// token under /api; a module whose endpoints carry their own kind of credential (the web service's OAuth2 access
/// tokens) names its path prefix and scheme here, so the engine does not first try to read that credential as one of
/// its own (a failed decryption per request) and <c>HttpContext.User</c> is the module's caller.
/// </summary>
public sealed class CmsAuthenticationOptions
{
    /// <summary>Path prefix (whole segments, e.g. "/api/ws/v1") → authentication scheme name; the longest match wins.</summary>
    public Dictionary<string, string> SchemesByPath { get; } = new(StringComparer.OrdinalIgnoreCase);
}
