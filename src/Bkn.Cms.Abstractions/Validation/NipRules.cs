namespace Bkn.Cms.Validation;

/// <summary>
/// The structure of a civil servant's NIP (Nomor Induk Pegawai), 18 digits: birth date <c>YYYYMMDD</c>, the month the
/// person became a CPNS <c>YYYYMM</c>, gender (1 male, 2 female) and a three-digit sequence that is never 000. Every
/// module that accepts a NIP checks it here, so the kiosk, the web service and the dossiers agree on what is valid.
/// </summary>
public static class NipRules
{
    public const int Length = 18;

    /// <summary>The earliest and latest years a real NIP can carry (birth and CPNS appointment).</summary>
    public const int MinYear = 1900;

    /// <summary>Parses a NIP; on failure <paramref name="error"/> is an Indonesian sentence saying what is wrong.</summary>
    public static bool TryParse(string? value, out NipParts parts, out string error)
    {
        parts = default;
        var nip = value?.Trim() ?? "";
        if (nip.Length != Length || !nip.All(char.IsAsciiDigit))
        {
            error = "NIP harus terdiri atas 18 angka.";
            return false;
        }

        if (!TryDate(nip.AsSpan(0, 8), out var birth))
        {
            error = "Delapan angka pertama NIP harus tanggal lahir yang sah (TTTTBBHH).";
            return false;
        }

        var tmtYear = int.Parse(nip.AsSpan(8, 4));
        var tmtMonth = int.Parse(nip.AsSpan(12, 2));
        if (tmtMonth is < 1 or > 12 || tmtYear < MinYear)
        {
            error = "Angka ke-9 sampai ke-14 NIP harus bulan pengangkatan CPNS yang sah (TTTTBB).";
            return false;
        }

        var tmtCpns = new DateOnly(tmtYear, tmtMonth, 1);
        if (tmtCpns <= birth)
        {
            error = "Bulan pengangkatan CPNS pada NIP tidak boleh sebelum tanggal lahir.";
            return false;
        }

        var gender = nip[14];
        if (gender is not ('1' or '2'))
        {
            error = "Angka ke-15 NIP (jenis kelamin) harus 1 (laki-laki) atau 2 (perempuan).";
            return false;
        }

        var sequence = int.Parse(nip.AsSpan(15, 3));
        if (sequence == 0)
        {
            error = "Tiga angka terakhir NIP (nomor urut) tidak boleh 000.";
            return false;
        }

        parts = new NipParts(nip, birth, tmtCpns, gender == '1' ? NipGender.Male : NipGender.Female, sequence);
        error = "";
        return true;
    }

    public static bool IsValid(string? value) => TryParse(value, out _, out _);

    /// <summary>
    /// The NIP with the birth month and day and the appointment month hidden (<c>1985**********2001</c>), for lists read
    /// without the permission to see it in full. The birth year stays so people with the same name can be told apart.
    /// </summary>
    public static string Mask(string? nip) =>
        nip is { Length: Length } ? string.Concat(nip.AsSpan(0, 4), "**********", nip.AsSpan(14)) : "******************";

    private static bool TryDate(ReadOnlySpan<char> yyyymmdd, out DateOnly date)
    {
        date = default;
        var year = int.Parse(yyyymmdd[..4]);
        var month = int.Parse(yyyymmdd.Slice(4, 2));
        var day = int.Parse(yyyymmdd.Slice(6, 2));
        if (year < MinYear || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }
}

public enum NipGender
{
    Male = 1,
    Female = 2,
}

/// <summary>The parts of a valid NIP.</summary>
public readonly record struct NipParts(string Nip, DateOnly BirthDate, DateOnly TmtCpns, NipGender Gender, int Sequence);
