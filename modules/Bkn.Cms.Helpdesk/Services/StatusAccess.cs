using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Bkn.Cms.Helpdesk.Services;

/// <summary>
/// After a successful status check the page carries a short-lived signed token for the ticket, so replying, reopening
/// and rating do not send the NIK again. Each ticket also has a private link to its status page (in the confirmation
/// and answer e-mails): the ticket number with a key signed by the helpdesk secret, so the number alone (readable,
/// sequential) never opens a ticket and the key cannot be guessed.
/// </summary>
public sealed class StatusAccess(HelpdeskSecrets secrets, TimeProvider time, Microsoft.Extensions.Configuration.IConfiguration configuration, Microsoft.AspNetCore.Http.IHttpContextAccessor http)
{
    /// <summary>The key of the ticket's private status link.</summary>
    public async Task<string> LinkKeyAsync(string number, CancellationToken cancellationToken) =>
        HelpdeskSecrets.Sign(await secrets.KeyAsync(cancellationToken), "link|" + number);

    public async Task<bool> ValidateLinkKeyAsync(string number, string? key, CancellationToken cancellationToken) =>
        key is { Length: > 0 } && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(await LinkKeyAsync(number, cancellationToken)), Encoding.ASCII.GetBytes(key));

    /// <summary>The site-relative private link: /helpdesk/status/HD-…?kunci=….</summary>
    public async Task<string> LinkPathAsync(string number, CancellationToken cancellationToken) =>
        $"{HelpdeskRoutes.Status}/{Uri.EscapeDataString(number)}?kunci={await LinkKeyAsync(number, cancellationToken)}";

    /// <summary>The absolute private link for e-mails (App:BaseUrl, else the current request's address).</summary>
    public async Task<string> LinkAsync(string number, CancellationToken cancellationToken)
    {
        var baseUrl = configuration[Bkn.Cms.Hosting.SiteBaseUrl.Key] is { Length: > 0 } configured ? configured.TrimEnd('/')
            : http.HttpContext?.Request is { } request ? $"{request.Scheme}://{request.Host}{request.PathBase}" : "";
        return baseUrl + await LinkPathAsync(number, cancellationToken);
    }

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public async Task<string> IssueAsync(string number, CancellationToken cancellationToken)
    {
        var expires = time.GetUtcNow().Add(Lifetime).ToUnixTimeSeconds();
        var key = await secrets.KeyAsync(cancellationToken);
        return string.Create(CultureInfo.InvariantCulture, $"{expires}.{HelpdeskSecrets.Sign(key, Payload(number, expires))}");
    }

    public async Task<bool> ValidateAsync(string number, string? token, CancellationToken cancellationToken)
    {
        var parts = (token ?? "").Split('.');
        if (parts.Length != 2 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var expires) || time.GetUtcNow().ToUnixTimeSeconds() > expires)
        {
            return false;
        }

        var key = await secrets.KeyAsync(cancellationToken);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(HelpdeskSecrets.Sign(key, Payload(number, expires))), Encoding.ASCII.GetBytes(parts[1]));
    }

    private static string Payload(string number, long expires) => string.Create(CultureInfo.InvariantCulture, $"status|{number}|{expires}");
}
