using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Bkn.Cms.Benchmarks;

/// <summary>What every stopwatch benchmark needs: percentiles, command-line options, the load it ran under, form fields.</summary>
internal static class BenchTools
{
    /// <summary>The nearest-rank percentile p (0–100) of the values; 0 when there are none.</summary>
    public static double Percentile(IEnumerable<double> values, int p)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p / 100.0 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    /// <summary>The integer after <paramref name="name"/> in the arguments, or the fallback.</summary>
    public static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }

    /// <summary>The one-minute load average, printed with every result so a loaded run is recognisable.</summary>
    public static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "?";
        }
    }

    /// <summary>The value of the named hidden (or any) input in an HTML page.</summary>
    public static string Hidden(string html, string name)
    {
        var match = Regex.Match(html, $"name=\"{Regex.Escape(name)}\"[^>]*value=\"([^\"]*)\"");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }
}
