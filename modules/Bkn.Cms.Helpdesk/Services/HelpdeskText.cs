using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;

namespace Bkn.Cms.Helpdesk.Services;

/// <summary>
/// Shows the helpdesk's stored Indonesian texts in the reader's language. Most messages are fixed texts (translation
/// keys as they are); the few the validator composes from a field's label use the templates below, so that each part
/// is translated: "Tempat lahir wajib diisi." reads "Place of birth is required." in English. The captcha question is
/// composed the same way from number words.
/// </summary>
public static partial class HelpdeskText
{
    /// <summary>A required field left empty ({0}: the field's label).</summary>
    public const string Required = "{0} wajib diisi.";

    /// <summary>A text over its length ({0}: label, {1}: most characters, {2}: characters typed).</summary>
    public const string TooLong = "{0} paling banyak {1} karakter (sekarang {2}).";

    /// <summary>A text with control characters ({0}: label).</summary>
    public const string BadCharacters = "{0} berisi karakter yang tidak diizinkan.";

    /// <summary>The captcha question ({0}, {1}: Indonesian number words).</summary>
    public const string CaptchaPlus = "Berapa {0} ditambah {1}?";

    /// <summary>The captcha question ({0}, {1}: Indonesian number words).</summary>
    public const string CaptchaMinus = "Berapa {0} dikurangi {1}?";

    public static string Format(string template, params object[] args) => string.Format(CultureInfo.InvariantCulture, template, args);

    /// <summary>The message in the current UI language: a composed message by its template, any other as a key.</summary>
    public static string Localize(IStringLocalizer t, string message)
    {
        foreach (var (template, pattern) in Composed)
        {
            var match = pattern.Match(message);
            if (match.Success)
            {
                // The first argument is a label or a number word (translated); counts stay as they are.
                var args = match.Groups.Cast<Group>().Skip(1).Select((g, i) => (object)(i == 0 || template.StartsWith("Berapa", StringComparison.Ordinal) ? t[g.Value].Value : g.Value)).ToArray();
                return t[template, args].Value;
            }
        }

        return t[message].Value;
    }

    private static readonly (string Template, Regex Pattern)[] Composed =
    [
        (Required, RequiredRegex()),
        (TooLong, TooLongRegex()),
        (BadCharacters, BadCharactersRegex()),
        (CaptchaPlus, CaptchaPlusRegex()),
        (CaptchaMinus, CaptchaMinusRegex()),
    ];

    [GeneratedRegex(@"^(.+) wajib diisi\.$", RegexOptions.CultureInvariant)]
    private static partial Regex RequiredRegex();

    [GeneratedRegex(@"^(.+) paling banyak (\d+) karakter \(sekarang (\d+)\)\.$", RegexOptions.CultureInvariant)]
    private static partial Regex TooLongRegex();

    [GeneratedRegex(@"^(.+) berisi karakter yang tidak diizinkan\.$", RegexOptions.CultureInvariant)]
    private static partial Regex BadCharactersRegex();

    [GeneratedRegex(@"^Berapa (\S+) ditambah (\S+)\?$", RegexOptions.CultureInvariant)]
    private static partial Regex CaptchaPlusRegex();

    [GeneratedRegex(@"^Berapa (\S+) dikurangi (\S+)\?$", RegexOptions.CultureInvariant)]
    private static partial Regex CaptchaMinusRegex();
}
