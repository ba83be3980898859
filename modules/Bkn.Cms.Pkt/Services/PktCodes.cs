using System.Security.Cryptography;

namespace Bkn.Cms.Pkt.Services;

/// <summary>Private codes of tickets and appointments: 20 characters from a 32-letter alphabet (100 bits), unguessable.</summary>
public static class PktCodes
{
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyz23456789";

    public static string New()
    {
        Span<char> chars = stackalloc char[20];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(chars);
    }

    public static bool LooksValid(string? code) => code is { Length: 20 } && code.All(c => Alphabet.Contains(c));
}
