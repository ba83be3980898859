using System.Globalization;
using System.Text;

namespace Bkn.Cms.Contents.Services;

/// <summary>Indonesian-friendly URL slugs: lower case, accents folded, words joined by hyphens.</summary>
public static class Slug
{
    public const int MaxLength = 120;

    public static string From(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var normalized = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(normalized.Length);
        var pendingHyphen = false;
        foreach (var c in normalized)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else if (c is '&')
            {
                if (builder.Length > 0)
                {
                    builder.Append("-dan");
                }

                pendingHyphen = true;
            }
            else if (c is not '\'' and not '’')
            {
                pendingHyphen = true;
            }
        }

        var slug = builder.ToString();
        return slug.Length <= MaxLength ? slug : slug[..MaxLength].TrimEnd('-');
    }

    /// <summary>Normalises a path typed by an editor: segments slugged, no leading or trailing slash.</summary>
    public static string NormalizePath(string? path) =>
        string.Join('/', (path ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(From).Where(s => s.Length > 0));
}
