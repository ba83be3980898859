using System.Text;
using System.Text.RegularExpressions;

namespace Bkn.Cms.Search;

/// <summary>
/// Exact-match keys shared by the indexing side (contributors) and the query side: lower case, single spaces,
/// and number/year pairs written as "25/2013" whether typed "Perka 25 tahun 2013", "No. 25 Th. 2013" or "25/2013".
/// </summary>
public static partial class ExactMatch
{
    /// <summary>A key as stored: trimmed, lower case, runs of white space as one space.</summary>
    public static string Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "";
        }

        var builder = new StringBuilder(value.Length);
        var space = false;
        foreach (var c in value.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>The key of a number and a year: "25/2013".</summary>
    public static string NumberYear(string number, int year) => Normalize(number) + "/" + year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The keys a query may mean: the whole query normalised and every number/year pair in it.</summary>
    public static IReadOnlyList<string> Keys(string? query)
    {
        var keys = new List<string>();
        var whole = Normalize(query);
        if (whole.Length == 0)
        {
            return keys;
        }

        keys.Add(whole);
        foreach (Match match in NumberYearRegex().Matches(whole))
        {
            var key = match.Groups["n"].Value + "/" + match.Groups["y"].Value;
            if (!keys.Contains(key))
            {
                keys.Add(key);
            }
        }

        return keys;
    }

    // "25 tahun 2013", "25 th. 2013", "25/2013", "25 / 2013", "nomor 25 tahun 2013".
    [GeneratedRegex(@"(?<![\w/])(?<n>\d{1,4}[a-z]?)\s*(?:/|\btahun\b|\bth\.?)\s*(?<y>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex NumberYearRegex();
}
