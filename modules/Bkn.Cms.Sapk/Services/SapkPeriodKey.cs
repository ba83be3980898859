using System.Globalization;

namespace Bkn.Cms.Sapk.Services;

/// <summary>A monthly period stored as yyyyMM and written as yyyy-MM.</summary>
public static class SapkPeriodKey
{
    public static int From(int year, int month) => year * 100 + month;

    public static int Year(int period) => period / 100;

    public static int Month(int period) => period % 100;

    public static string Format(int period) => $"{Year(period):0000}-{Month(period):00}";

    /// <summary>"Desember 2017".</summary>
    public static string Label(int period) =>
        new DateTime(Year(period), Month(period), 1).ToString("MMMM yyyy", CultureInfo.GetCultureInfo("id-ID"));

    /// <summary>Reads "2017-12" (also "2017-1", "201712" is refused); null when malformed.</summary>
    public static int? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parts = text.Trim().Split('-');
        if (parts.Length != 2 || parts[0].Length != 4 || parts[1].Length is < 1 or > 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || year < 2000 || month is < 1 or > 12)
        {
            return null;
        }

        return From(year, month);
    }

    public static int Of(DateOnly day) => From(day.Year, day.Month);

    /// <summary>The month before <paramref name="period"/>.</summary>
    public static int Previous(int period) => Month(period) == 1 ? From(Year(period) - 1, 12) : period - 1;
}
