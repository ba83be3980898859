namespace Bkn.Cms.Validation;

/// <summary>
/// The one rule for e-mail addresses the platform accepts and mails to: a plain <c>local@domain</c> in ASCII, the form
/// every mail server delivers. Refused on purpose, though some RFCs allow them: quoted local parts, comments, address
/// literals (<c>user@[1.2.3.4]</c>), internationalised names (full-width and other non-ASCII characters), dots at the
/// start, at the end or doubled in the local part, domain labels that start or end with a hyphen, numeric top-level
/// domains and single-label domains.
/// </summary>
public static class EmailAddressRules
{
    public const int MaxLength = 254;
    public const int MaxLocalLength = 64;
    public const int MaxLabelLength = 63;

    // RFC 5322 "atext": the characters of an unquoted local part besides letters and digits.
    private const string LocalSymbols = "!#$%&'*+-/=?^_`{|}~";

    private static readonly System.Buffers.SearchValues<char> AsciiLetters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    public static bool IsValid(string? address)
    {
        if (string.IsNullOrEmpty(address) || address.Length > MaxLength)
        {
            return false;
        }

        var at = address.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != address.LastIndexOf('@') || at == address.Length - 1)
        {
            return false;
        }

        return IsLocalPart(address.AsSpan(0, at)) && IsDomain(address.AsSpan(at + 1));
    }

    private static bool IsLocalPart(ReadOnlySpan<char> local)
    {
        if (local.Length > MaxLocalLength || local[0] == '.' || local[^1] == '.')
        {
            return false;
        }

        for (var i = 0; i < local.Length; i++)
        {
            var c = local[i];
            var ok = char.IsAsciiLetterOrDigit(c) || LocalSymbols.Contains(c) || (c == '.' && local[i - 1] != '.');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDomain(ReadOnlySpan<char> domain)
    {
        var labels = 0;
        var lastLabel = ReadOnlySpan<char>.Empty;
        foreach (var range in domain.Split('.'))
        {
            var label = domain[range];
            if (label.Length is 0 or > MaxLabelLength || label[0] == '-' || label[^1] == '-')
            {
                return false;
            }

            foreach (var c in label)
            {
                if (!char.IsAsciiLetterOrDigit(c) && c != '-')
                {
                    return false;
                }
            }

            labels++;
            lastLabel = label;
        }

        // A top-level domain is letters only (also rules out dotted IP addresses), at least two of them.
        return labels >= 2 && lastLabel.Length >= 2 && !lastLabel.ContainsAnyExcept(AsciiLetters);
    }
}
