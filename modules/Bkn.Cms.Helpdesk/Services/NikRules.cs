using System.Globalization;

namespace Bkn.Cms.Helpdesk.Services;

/// <summary>
/// Structure of NIK and Nomor KK (docs/DOMAIN-RULES.md §6): 16 digits, province(2) regency(2) district(2); NIK then has the birth
/// date DDMMYY (day + 40 for women) and a 4-digit sequence that is not 0000. Returns an Indonesian message or null.
/// </summary>
public static class NikRules
{
    /// <summary>Province codes (Kemendagri) from Aceh (11) to the Papua provinces (91–96).</summary>
    private static readonly HashSet<int> Provinces =
    [
        11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53,
        61, 62, 63, 64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96,
    ];

    public static string? ValidateNik(string? nik, DateOnly? birthDate = null)
    {
        if (string.IsNullOrWhiteSpace(nik))
        {
            return "NIK wajib diisi.";
        }

        if (nik.Length != 16 || !nik.All(char.IsAsciiDigit))
        {
            return "NIK harus 16 angka.";
        }

        if (RegionError(nik) is { } region)
        {
            return region.Replace("{0}", "NIK", StringComparison.Ordinal);
        }

        if (BirthDateOf(nik) is not { } nikBirth)
        {
            return "Angka ke-7 sampai ke-12 NIK bukan tanggal lahir yang sah (DDMMYY, tanggal +40 untuk perempuan).";
        }

        if (nik[12..] == "0000")
        {
            return "Empat angka terakhir NIK tidak boleh 0000.";
        }

        if (birthDate is { } date && (date.Day != nikBirth.Day || date.Month != nikBirth.Month || date.Year % 100 != nikBirth.Year % 100))
        {
            return "Tanggal lahir tidak sesuai dengan NIK.";
        }

        return null;
    }

    public static string? ValidateKk(string? kk)
    {
        if (string.IsNullOrWhiteSpace(kk))
        {
            return "Nomor KK wajib diisi.";
        }

        if (kk.Length != 16 || !kk.All(char.IsAsciiDigit))
        {
            return "Nomor KK harus 16 angka.";
        }

        if (RegionError(kk) is { } region)
        {
            return region.Replace("{0}", "Nomor KK", StringComparison.Ordinal);
        }

        return kk[12..] == "0000" ? "Empat angka terakhir Nomor KK tidak boleh 0000." : null;
    }

    /// <summary>The birth date in a NIK (women's day − 40), with the century that keeps it in the past; null when invalid.</summary>
    public static DateOnly? BirthDateOf(string nik, int? currentYear = null)
    {
        if (nik.Length < 12 || !int.TryParse(nik.AsSpan(6, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !int.TryParse(nik.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(nik.AsSpan(10, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var yy))
        {
            return null;
        }

        if (day > 40)
        {
            day -= 40;
        }

        var now = currentYear ?? DateTime.UtcNow.Year;
        var year = 2000 + yy <= now ? 2000 + yy : 1900 + yy;
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    public static bool IsFemale(string nik) => nik.Length >= 8 && int.TryParse(nik.AsSpan(6, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d > 40;

    /// <summary>3201********0001: region and sequence visible, the rest hidden.</summary>
    public static string Mask(string? number) =>
        number is { Length: 16 } ? string.Concat(number.AsSpan(0, 4), "********", number.AsSpan(12, 4)) : "****************";

    private static string? RegionError(string number)
    {
        var province = int.Parse(number.AsSpan(0, 2), CultureInfo.InvariantCulture);
        if (!Provinces.Contains(province))
        {
            return "Kode provinsi {0} (dua angka pertama) tidak dikenal.";
        }

        return number.AsSpan(2, 2) is "00" || number.AsSpan(4, 2) is "00"
            ? "Kode kabupaten/kota dan kecamatan {0} (angka ke-3 sampai ke-6) tidak boleh 00."
            : null;
    }
}
