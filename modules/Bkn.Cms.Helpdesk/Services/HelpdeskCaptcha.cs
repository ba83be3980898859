using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Helpdesk.Services;

/// <summary>
/// Self-hosted captcha readable by screen readers: a small sum written in words ("Berapa tujuh ditambah dua?"), answered in
/// digits or words. The token carries a nonce and expiry signed with HMAC over the answer; the answer itself is not in it.
/// A nonce is accepted once (HelpdeskCaptchaUses, written in the ticket's transaction), and a wrong answer uses it up
/// (written at once, in the shared database, so every node refuses the challenge afterwards): one guess per challenge.
/// </summary>
public sealed class HelpdeskCaptcha(DbContext db, HelpdeskSecrets secrets, TimeProvider time)
{
    public const string WrongAnswer = "Jawaban pertanyaan keamanan salah. Jawab pertanyaan yang baru.";

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private static readonly string[] Words =
    [
        "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
        "sebelas", "dua belas", "tiga belas", "empat belas", "lima belas", "enam belas", "tujuh belas", "delapan belas", "sembilan belas", "dua puluh",
    ];

    private static readonly string[] EnglishWords =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ];

    public async Task<CaptchaChallenge> CreateAsync(CancellationToken cancellationToken)
    {
        var a = RandomNumberGenerator.GetInt32(1, 11);
        var b = RandomNumberGenerator.GetInt32(1, 10);
        var plus = a < b || RandomNumberGenerator.GetInt32(2) == 0;
        var answer = plus ? a + b : a - b;
        var question = HelpdeskText.Format(plus ? HelpdeskText.CaptchaPlus : HelpdeskText.CaptchaMinus, Words[a], Words[b]);
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
        var expiresUtc = DateTimeOffset.FromUnixTimeSeconds(expires).UtcDateTime;
        if (Signed(key, parts, expires, value))
        {
            return new CaptchaCheck(true, null, parts[0], expiresUtc);
        }

        // A wrong answer to a challenge this site issued uses the challenge up, so answers cannot be tried one after
        // another on it. The signature covers the answer, so "issued here" means: it matches for one possible answer (the
        // sums go from 0 to 19). A token made up by the sender matches none and costs no write.
        if (!Enumerable.Range(0, Words.Length).Any(candidate => Signed(key, parts, expires, candidate)))
        {
            return CaptchaCheck.Failed("Pertanyaan keamanan tidak sah. Muat ulang halaman dan jawab pertanyaan yang baru.");
        }

        await HelpdeskSql.UseCaptchaNonceAsync(db, parts[0], expiresUtc, cancellationToken);
        return CaptchaCheck.Failed(WrongAnswer);
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
        if (index < 0)
        {
            index = Array.IndexOf(EnglishWords, text.Replace('-', ' ')); // The question reads in English on the English site.
        }

        return index >= 0 ? index : null;
    }

    private static bool Signed(byte[] key, string[] parts, long expires, int answer) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(HelpdeskSecrets.Sign(key, Payload(parts[0], expires, answer))), Encoding.ASCII.GetBytes(parts[2]));

    private static string Payload(string nonce, long expires, int answer) =>
        string.Create(CultureInfo.InvariantCulture, $"captcha|{nonce}|{expires}|{answer}");
}
