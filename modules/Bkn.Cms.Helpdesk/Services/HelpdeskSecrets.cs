using System.Security.Cryptography;
using System.Text;
using Bkn.Cms.Settings;

namespace Bkn.Cms.Helpdesk.Services;

/// <summary>
/// The helpdesk's secret key (a site setting, the same on every node): signs captcha and status-access tokens and
/// keys the NIK hash, so a stolen table does not reveal NIKs by brute force over their small structured space.
/// </summary>
public sealed class HelpdeskSecrets(ISiteSettings settings, ISiteSettingsWriter writer)
{
    public const string SecretKey = "Helpdesk:Secret";

    private byte[]? _written;

    public async Task<byte[]> KeyAsync(CancellationToken cancellationToken)
    {
        if (_written is not null)
        {
            return _written;
        }

        var value = settings.Get(SecretKey);
        if (!string.IsNullOrEmpty(value))
        {
            return Convert.FromBase64String(value);
        }

        // First use (the setup recipe normally creates it): written now; kept here until the settings cache reloads.
        value = NewSecret();
        await writer.SetAsync(new Dictionary<string, string> { [SecretKey] = value }, cancellationToken);
        _written = Convert.FromBase64String(value);
        return _written;
    }

    public static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static string NikHash(byte[] key, string nik) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes("nik:" + nik)));

    public static string Sign(byte[] key, string payload) =>
        Base64Url(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(payload)));

    public static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
