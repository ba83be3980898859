using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace Bkn.Cms.Workflows.Services;

/// <summary>
/// Signed links that send a signal to a workflow (e.g. "setuju" in an approval e-mail). The token is protected with
/// the shared data-protection key ring, so any node accepts it, and it expires after 30 days.
/// </summary>
public sealed class SignalUrls(IDataProtectionProvider dataProtection, IHttpContextAccessor httpContext, IConfiguration configuration)
{
    public const string Path = "/alur-kerja/sinyal/";
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    private readonly ITimeLimitedDataProtector _protector = dataProtection.CreateProtector("Bkn.Cms.Workflows.Signal.v1").ToTimeLimitedDataProtector();

    public string Create(string signal, string? correlationId, string? instanceId)
    {
        var payload = JsonSerializer.Serialize(new SignalToken(signal, correlationId, instanceId));
        var token = _protector.Protect(payload, Lifetime);
        return BaseUrl() + Path + Uri.EscapeDataString(token);
    }

    /// <summary>The signal of a token, or null when it is forged or expired.</summary>
    public SignalToken? Read(string token)
    {
        try
        {
            return JsonSerializer.Deserialize<SignalToken>(_protector.Unprotect(token));
        }
        catch (Exception ex) when (ex is System.Security.Cryptography.CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }

    private string BaseUrl()
    {
        if (configuration["App:BaseUrl"] is { Length: > 0 } configured)
        {
            return configured.TrimEnd('/');
        }

        var request = httpContext.HttpContext?.Request;
        return request is null ? "http://localhost:5000" : $"{request.Scheme}://{request.Host}{request.PathBase}";
    }
}
