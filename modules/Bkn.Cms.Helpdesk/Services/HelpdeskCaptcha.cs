using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Bkn.Cms.Helpdesk.Services;

/// <summary>
/// Self-hosted captcha readable by screen readers: a small sum written in words ("Berapa tujuh ditambah dua?"), answered in
/// digits or words. The token carries a nonce and expiry signed with HMAC over the answer; the answer itself is not in it.
/// A nonce is accepted once (HelpdeskCaptchaUses, written in the ticket's transaction).
/// </summary>
public sealed class HelpdeskCaptcha(HelpdeskSecrets secrets, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private static readonly string[] Words =
    [
        "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
        "sebelas", "dua belas", "tiga belas", "empat belas", "lima belas", "enam belas", "tujuh belas", "delapan belas", "sembilan belas", "dua puluh",
    ];

    public async Task<CaptchaChallenge> CreateAsync(CancellationToken cancellationToken)
    {
        var a = RandomNumberGenerator.GetInt32(1, 11);
        var b = RandomNumberGenerator.GetInt32(1, 10);
        var plus = a < b || RandomNumberGenerator.GetInt32(2) == 0;
        var answer = plus ? a + b : a - b;
        var question = plus ? $"Berapa {Words[a]} ditambah {Words[b]}?" : $"Berapa {Words[a]} dikurangi {Words[b]}?";
        var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        var expires = time.GetUtcNow().Add(Lifetime).ToUnixTimeSeconds();
        var key = await secrets.KeyAsync(cancellationToken);
        var token = string.Create(CultureInfo.InvariantCulture, $"{nonce}.{expires}.{HelpdeskSecrets.Sign(key, Payload(nonce, expires, answer))}");
        return new CaptchaChallenge(question, token);
    }

    /// <summary>Checks the answer and the signature; the caller still has to consume the nonce.</summary>
    public async Task<CaptchaCheck> VerifyAsync(string? token, string? answer, CancellationToken cancellationToken)
    {
        var parts = (token ?? "").Split('.');
        if (parts.Length != 3 || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var expires))
        {
            return CaptchaCheck.Failed("Pertanyaan keamanan tidak sah. Muat ulang halaman dan jawab pertanyaan yang baru.");
        }

        if (time.GetUtcNow().ToUnixTimeSeconds() > expires)
        {
            return CaptchaCheck.Failed("Pertanyaan keamanan sudah kedaluwarsa. Jawab pertanyaan yang baru.");
        }

        if (ParseAnswer(answer) is not { } value)
        {
            return CaptchaCheck.Failed("Jawab pertanyaan keamanan dengan angka, misalnya 9.");
        }

        var key = await secrets.KeyAsync(cancellationToken);
        var expected = Encoding.ASCII.GetBytes(HelpdeskSecrets.Sign(key, Payload(parts[0], expires, value)));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(parts[2]))
            ? new CaptchaCheck(true, null, parts[0], DateTimeOffset.FromUnixTimeSeconds(expires).UtcDateTime)
            : CaptchaCheck.Failed("Jawaban pertanyaan keamanan salah.");
    }

    public static int? ParseAnswer(string? answer)
    {
        var text = (answer ?? "").Trim().ToLowerInvariant();
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        text = string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var index = Array.IndexOf(Words, text);
        return index >= 0 ? index : null;
    }

    private static string Payload(string nonce, long expires, int answer) =>
        string.Create(CultureInfo.InvariantCulture, $"captcha|{nonce}|{expires}|{answer}");
}
