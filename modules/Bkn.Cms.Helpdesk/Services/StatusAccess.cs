using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Bkn.Cms.Helpdesk.Services;

/// <summary>
/// After a successful status check the page carries a short-lived signed token for the ticket, so replying, reopening
/// and rating do not send the NIK again.
/// </summary>
public sealed class StatusAccess(HelpdeskSecrets secrets, TimeProvider time)
{
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
