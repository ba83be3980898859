using System.Globalization;
using Bkn.Cms.Agencies;

namespace Bkn.Cms.Sapk.Services;

/// <summary>One agency's figures for one period, as read from a file or the pull endpoint.</summary>
public sealed record SapkRecord(int Period, string AgencyCode, int ActiveUsers, int InactiveUsers, DateOnly? LastLogin, IReadOnlyDictionary<string, SapkModuleValue> Modules);

public readonly record struct SapkModuleValue(int Users, long Transactions);

/// <summary>A checked row: its number in the file, the agency code as written, and every problem found (Indonesian).</summary>
public sealed record SapkCheckedRow(int Number, string Period, string AgencyCode, IReadOnlyList<string> Errors);

/// <summary>The outcome of checking a file: file-level errors, the rows with their errors, and the records when nothing is wrong.</summary>
public sealed class SapkCheckResult
{
    public List<string> FileErrors { get; } = [];

    public List<SapkCheckedRow> Rows { get; } = [];

    public List<SapkRecord> Records { get; } = [];

    public bool IsValid => FileErrors.Count == 0 && Rows.All(r => r.Errors.Count == 0) && Records.Count > 0;

    public int ErrorRowCount => Rows.Count(r => r.Errors.Count > 0);

    public IReadOnlyList<int> Periods => [.. Records.Select(r => r.Period).Distinct().Order()];
}

/// <summary>
/// Checks an upload row by row before anything is stored: the period (yyyy-MM, not after the current month), the agency
/// code (in the registry), every number (a whole number, not negative), module users not above the agency's users,
/// the last sign-in date, and no agency twice in one period.
/// </summary>
public static class SapkImportCheck
{
    public static SapkCheckResult Check(SapkSheet sheet, AgencySnapshot agencies, IReadOnlyList<string> modules, DateOnly today)
    {
        var result = new SapkCheckResult();
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < sheet.Headers.Count; i++)
        {
            var name = sheet.Headers[i].Trim().TrimStart('\uFEFF');
            if (name.Length == 0)
            {
                continue;
            }

            if (!index.TryAdd(name, i))
            {
                result.FileErrors.Add($"Kolom '{name}' muncul lebih dari sekali.");
            }
        }

        foreach (var column in SapkFile.Columns.Where(c => c != SapkFile.LoginTerakhir && !index.ContainsKey(c)))
        {
            result.FileErrors.Add($"Kolom wajib '{column}' tidak ada di baris judul.");
        }

        var known = new HashSet<string>(SapkFile.HeaderFor(modules), StringComparer.OrdinalIgnoreCase);
        foreach (var name in index.Keys.Where(n => !known.Contains(n)).Order(StringComparer.Ordinal))
        {
            result.FileErrors.Add($"Kolom '{name}' tidak dikenal; modul yang dipakai: {string.Join(", ", modules)}.");
        }

        if (sheet.Rows.Count == 0)
        {
            result.FileErrors.Add("Berkas tidak berisi baris data.");
        }

        if (result.FileErrors.Count > 0)
        {
            return result;
        }

        var current = SapkPeriodKey.Of(today);
        var seen = new Dictionary<(int, string), int>();
        foreach (var row in sheet.Rows)
        {
            string Cell(string column) => index.TryGetValue(column, out var i) && i < row.Cells.Length ? row.Cells[i].Trim() : "";
            var errors = new List<string>();
            var periodText = Cell(SapkFile.Periode);
            var code = Cell(SapkFile.KodeInstansi);
            var period = SapkPeriodKey.Parse(periodText);
            if (period is null)
            {
                errors.Add(periodText.Length == 0 ? "Periode kosong." : $"Periode '{periodText}' tidak sah; tulis TTTT-BB, misalnya 2017-12.");
            }
            else if (period > current)
            {
                errors.Add($"Periode {SapkPeriodKey.Format(period.Value)} belum tiba (bulan berjalan {SapkPeriodKey.Format(current)}).");
            }

            AgencyInfo? agency = null;
            if (code.Length == 0)
            {
                errors.Add("Kode instansi kosong.");
            }
            else if ((agency = agencies.FindByCode(code)) is null)
            {
                errors.Add($"Kode instansi '{code}' tidak terdaftar.");
            }

            var active = Number(Cell(SapkFile.UserAktif), SapkFile.UserAktif, required: true, errors);
            var inactive = Number(Cell(SapkFile.UserTidakAktif), SapkFile.UserTidakAktif, required: true, errors);
            DateOnly? lastLogin = null;
            var loginText = Cell(SapkFile.LoginTerakhir);
            if (loginText.Length > 0)
            {
                if (DateOnly.TryParseExact(loginText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                {
                    lastLogin = day;
                    if (day > today)
                    {
                        errors.Add($"Kolom {SapkFile.LoginTerakhir}: tanggal {loginText} belum tiba.");
                    }
                }
                else
                {
                    errors.Add($"Kolom {SapkFile.LoginTerakhir}: '{loginText}' bukan tanggal TTTT-BB-HH.");
                }
            }

            var moduleValues = new Dictionary<string, SapkModuleValue>(StringComparer.OrdinalIgnoreCase);
            foreach (var module in modules)
            {
                var users = Number(Cell(SapkFile.ModuleUsers(module)), SapkFile.ModuleUsers(module), required: false, errors);
                var transactions = Number(Cell(SapkFile.ModuleTransactions(module)), SapkFile.ModuleTransactions(module), required: false, errors);
                if (users is { } u && active is { } a && inactive is { } n && u > a + n)
                {
                    errors.Add($"Pengguna modul {module} ({u:N0}) melebihi jumlah pengguna instansi ({a + n:N0}).");
                }

                if ((users ?? 0) > 0 || (transactions ?? 0) > 0)
                {
                    moduleValues[module] = new SapkModuleValue((int)(users ?? 0), transactions ?? 0);
                }
            }

            if (period is { } p && agency is not null)
            {
                if (seen.TryGetValue((p, agency.Code), out var firstRow))
                {
                    errors.Add($"Baris ganda: instansi {agency.Code} periode {SapkPeriodKey.Format(p)} sudah ada di baris {firstRow}.");
                }
                else
                {
                    seen[(p, agency.Code)] = row.Number;
                }
            }

            result.Rows.Add(new SapkCheckedRow(row.Number, periodText, code, errors));
            if (errors.Count == 0)
            {
                result.Records.Add(new SapkRecord(period!.Value, agency!.Code, (int)active!.Value, (int)inactive!.Value, lastLogin, moduleValues));
            }
        }

        if (result.Rows.Any(r => r.Errors.Count > 0))
        {
            result.Records.Clear();
        }

        return result;
    }

    /// <summary>A whole, non-negative number; null (with an error when required) for an empty cell.</summary>
    private static long? Number(string text, string column, bool required, List<string> errors)
    {
        if (text.Length == 0)
        {
            if (required)
            {
                errors.Add($"Kolom {column} kosong.");
            }

            return required ? null : 0;
        }

        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            && !(double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == Math.Floor(d) && Math.Abs(d) < int.MaxValue && (value = (long)d) == value))
        {
            errors.Add($"Kolom {column}: '{text}' bukan bilangan bulat.");
            return null;
        }

        if (value < 0)
        {
            errors.Add($"Kolom {column} tidak boleh negatif ({value}).");
            return null;
        }

        if (value > int.MaxValue)
        {
            errors.Add($"Kolom {column}: angka {value} terlalu besar.");
            return null;
        }

        return value;
    }
}
