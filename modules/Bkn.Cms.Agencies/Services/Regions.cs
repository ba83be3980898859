namespace Bkn.Cms.Agencies.Services;

/// <summary>
/// The 34 provinces (as in 2017) by BPS code, and the Kantor Regional (regional office of BKN) that serves each. Central
/// agencies are served by BKN Pusat.
/// </summary>
public static class Regions
{
    public const string CentralOffice = "BKN Pusat";

    private static readonly Dictionary<int, (string Name, string Office)> Provinces = new()
    {
        [11] = ("Aceh", "Kanreg XIII Banda Aceh"),
        [12] = ("Sumatera Utara", "Kanreg VI Medan"),
        [13] = ("Sumatera Barat", "Kanreg XII Pekanbaru"),
        [14] = ("Riau", "Kanreg XII Pekanbaru"),
        [15] = ("Jambi", "Kanreg VII Palembang"),
        [16] = ("Sumatera Selatan", "Kanreg VII Palembang"),
        [17] = ("Bengkulu", "Kanreg VII Palembang"),
        [18] = ("Lampung", "Kanreg V Jakarta"),
        [19] = ("Kepulauan Bangka Belitung", "Kanreg VII Palembang"),
        [21] = ("Kepulauan Riau", "Kanreg XII Pekanbaru"),
        [31] = ("DKI Jakarta", "Kanreg V Jakarta"),
        [32] = ("Jawa Barat", "Kanreg III Bandung"),
        [33] = ("Jawa Tengah", "Kanreg I Yogyakarta"),
        [34] = ("DI Yogyakarta", "Kanreg I Yogyakarta"),
        [35] = ("Jawa Timur", "Kanreg II Surabaya"),
        [36] = ("Banten", "Kanreg V Jakarta"),
        [51] = ("Bali", "Kanreg X Denpasar"),
        [52] = ("Nusa Tenggara Barat", "Kanreg X Denpasar"),
        [53] = ("Nusa Tenggara Timur", "Kanreg X Denpasar"),
        [61] = ("Kalimantan Barat", "Kanreg V Jakarta"),
        [62] = ("Kalimantan Tengah", "Kanreg VIII Banjarmasin"),
        [63] = ("Kalimantan Selatan", "Kanreg VIII Banjarmasin"),
        [64] = ("Kalimantan Timur", "Kanreg VIII Banjarmasin"),
        [65] = ("Kalimantan Utara", "Kanreg VIII Banjarmasin"),
        [71] = ("Sulawesi Utara", "Kanreg XI Manado"),
        [72] = ("Sulawesi Tengah", "Kanreg XI Manado"),
        [73] = ("Sulawesi Selatan", "Kanreg IV Makassar"),
        [74] = ("Sulawesi Tenggara", "Kanreg IV Makassar"),
        [75] = ("Gorontalo", "Kanreg XI Manado"),
        [76] = ("Sulawesi Barat", "Kanreg IV Makassar"),
        [81] = ("Maluku", "Kanreg IV Makassar"),
        [82] = ("Maluku Utara", "Kanreg XI Manado"),
        [91] = ("Papua Barat", "Kanreg XIV Manokwari"),
        [94] = ("Papua", "Kanreg IX Jayapura"),
    };

    /// <summary>The fourteen regional offices, in order, then BKN Pusat.</summary>
    public static IReadOnlyList<string> Offices { get; } =
        [.. Provinces.Values.Select(p => p.Office).Distinct().OrderBy(o => RomanOrder(o)), CentralOffice];

    public static IReadOnlyList<string> ProvinceNames { get; } = [.. Provinces.Values.Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal)];

    public static string? ProvinceName(int bpsCode) => Provinces.TryGetValue(bpsCode, out var p) ? p.Name : null;

    public static string? RegionalOfficeOf(int bpsCode) => Provinces.TryGetValue(bpsCode, out var p) ? p.Office : null;

    private static int RomanOrder(string office)
    {
        string[] numerals = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV"];
        var numeral = office.Split(' ')[1];
        return Array.IndexOf(numerals, numeral);
    }
}
