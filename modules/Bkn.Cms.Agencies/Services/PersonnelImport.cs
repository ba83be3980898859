using System.Globalization;
using System.Text;
using System.Xml;
using Bkn.Cms.Agencies.Models;
using Bkn.Cms.Validation;

namespace Bkn.Cms.Agencies.Services;

/// <summary>One problem found in an import file: the row (1 is the header), the column and an Indonesian message that never repeats a NIP in full.</summary>
public sealed record PersonnelImportIssue(int Row, string Column, string Message);

/// <summary>A valid row of an import file and the record it becomes.</summary>
public sealed record PersonnelImportLine(int Row, PersonnelRow Record);

/// <summary>What an import file holds: the valid records and every problem, row by row.</summary>
public sealed class PersonnelImportResult
{
    public List<PersonnelImportLine> Lines { get; } = [];

    public List<PersonnelImportIssue> Issues { get; } = [];

    /// <summary>Data rows read (blank rows not counted).</summary>
    public int RowsRead { get; set; }

    /// <summary>Rows with at least one problem.</summary>
    public int InvalidRows { get; set; }

    /// <summary>The file as a whole cannot be used (unreadable, wrong header, too many rows); no row was checked.</summary>
    public bool FileRefused { get; set; }

    public bool Valid => Issues.Count == 0 && Lines.Count > 0;

    /// <summary>Rows without a problem.</summary>
    public int ValidRows => Lines.Count - _refused.Count;

    private readonly HashSet<int> _refused = [];

    /// <summary>Marks a valid row as invalid after a check outside the file (a NIP registered for another agency).</summary>
    public void Refuse(PersonnelImportLine line, string column, string message)
    {
        if (_refused.Add(line.Row))
        {
            InvalidRows++;
        }

        Issues.Add(new PersonnelImportIssue(line.Row, column, message));
    }
}

/// <summary>
/// Reads personnel records from CSV (semicolon or comma separated, UTF-8) or Excel (.xlsx, read as a stream by
/// <see cref="XlsxRows"/>) with the columns of <see cref="Columns"/>; every row is checked on its own (NIP structure
/// and agreement with birth date, CPNS month and gender, golongan, dates, jenis jabatan, status, lengths) so the file
/// can be corrected in one go. Rows are read one at a time: only the valid records and the problems are kept.
/// </summary>
public static class PersonnelImport
{
    public static readonly string[] Columns =
    [
        "Kode instansi", "NIP", "Nama", "Tanggal lahir", "Jenis kelamin", "Golongan", "TMT golongan", "TMT CPNS", "Jabatan", "Jenis jabatan", "Unor", "Pendidikan", "Agama", "KPPN", "NIP atasan", "Status",
    ];

    public const int MaxRows = 100_000;

    /// <summary>The largest file accepted: a 100,000-row workbook is 6–8 MB, the same rows as CSV about 25 MB.</summary>
    public const long MaxBytes = 40L * 1024 * 1024;

    private const int Agency = 0, Nip = 1, Name = 2, Birth = 3, Gender = 4, Gol = 5, TmtGol = 6, TmtCpns = 7, Jabatan = 8, Jenis = 9, Unor = 10, Pendidikan = 11, Agama = 12, Kppn = 13, Atasan = 14, Status = 15;

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd-MM-yyyy", "dd/MM/yyyy"];
    private static readonly string JenisNames = string.Join(", ", Enum.GetNames<JenisJabatan>());
    private static readonly string StatusNames = string.Join(", ", PersonnelRecords.Statuses);

    public static PersonnelImportResult Read(Stream file, string fileName, PersonnelDataset dataset, Func<string, Guid?> agencyOf)
    {
        var result = new PersonnelImportResult();
        void FileError(string message)
        {
            result.Lines.Clear();
            result.Issues.Clear();
            result.Issues.Add(new PersonnelImportIssue(1, "", message));
            result.FileRefused = true;
            result.InvalidRows = 0;
        }

        var csv = fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var header = true;
        try
        {
            foreach (var (rowNumber, cells) in csv ? ReadCsv(file) : XlsxRows.Read(file, Columns.Length))
            {
                if (header)
                {
                    header = false;
                    if (cells.Length < Columns.Length || !cells.Take(Columns.Length).Select(h => h.Trim()).SequenceEqual(Columns, StringComparer.OrdinalIgnoreCase)
                        || cells.Skip(Columns.Length).Any(c => !string.IsNullOrWhiteSpace(c)))
                    {
                        FileError($"Baris judul harus berisi kolom: {string.Join(", ", Columns)}.");
                        return result;
                    }

                    continue;
                }

                if (cells.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                if (++result.RowsRead > MaxRows)
                {
                    FileError($"Paling banyak {MaxRows.ToString("N0", Indonesian)} baris data per berkas.");
                    result.RowsRead = 0;
                    return result;
                }

                CheckRow(result, rowNumber, cells, dataset, agencyOf, seen);
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException or IOException or DecoderFallbackException or FormatException or OverflowException)
        {
            FileError("Berkas tidak dapat dibaca. Gunakan CSV (UTF-8) atau Excel (.xlsx).");
            result.RowsRead = 0;
            return result;
        }

        if (header)
        {
            FileError("Berkas kosong: baris judul tidak ditemukan.");
        }

        return result;
    }

    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    private static void CheckRow(PersonnelImportResult result, int rowNumber, string[] cells, PersonnelDataset dataset, Func<string, Guid?> agencyOf, HashSet<string> seen)
    {
        var before = result.Issues.Count;
        string Cell(int c) => c < cells.Length ? cells[c].Trim() : "";
        void Error(int column, string message) => result.Issues.Add(new PersonnelImportIssue(rowNumber, Columns[column], message));

        var code = Cell(Agency).ToUpperInvariant();
        var agencyId = agencyOf(code);
        if (agencyId is null)
        {
            Error(Agency, code.Length == 0 ? "Kode instansi wajib diisi." : $"Kode instansi '{Echo(code)}' tidak dikenal atau di luar kewenangan Anda.");
        }

        var nip = Cell(Nip);
        NipParts parts = default;
        if (!NipRules.TryParse(nip, out parts, out var nipError))
        {
            Error(Nip, nipError);
        }
        else if (!seen.Add(nip))
        {
            Error(Nip, "NIP muncul lebih dari sekali dalam berkas.");
        }

        DateOnly Date(int c)
        {
            var text = Cell(c);
            if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                return d;
            }

            Error(c, text.Length == 0 ? $"{Columns[c]} wajib diisi (TTTT-BB-HH atau HH-BB-TTTT)." : $"{Columns[c]} harus tanggal (TTTT-BB-HH atau HH-BB-TTTT), bukan '{Echo(text)}'.");
            return default;
        }

        var birth = Date(Birth);
        var tmtGolongan = Date(TmtGol);
        var tmtCpns = Date(TmtCpns);
        var gender = Cell(Gender).ToUpperInvariant();
        if (gender is not ("L" or "P"))
        {
            Error(Gender, "Jenis kelamin harus L atau P.");
        }

        if (parts.Nip is not null)
        {
            if (birth != default && parts.BirthDate != birth)
            {
                Error(Birth, "Tanggal lahir tidak sama dengan delapan angka pertama NIP.");
            }

            if (tmtCpns != default && (parts.TmtCpns.Year, parts.TmtCpns.Month) != (tmtCpns.Year, tmtCpns.Month))
            {
                Error(TmtCpns, "Bulan TMT CPNS tidak sama dengan angka ke-9 sampai ke-14 NIP.");
            }

            if (gender is "L" or "P" && (gender == "L") != (parts.Gender == NipGender.Male))
            {
                Error(Gender, "Jenis kelamin tidak sama dengan angka ke-15 NIP.");
            }
        }

        var golongan = Golongan.Find(Cell(Gol));
        if (golongan is null)
        {
            Error(Gol, $"Golongan '{Echo(Cell(Gol))}' tidak dikenal (contoh: III/a).");
        }

        if (tmtGolongan != default && tmtCpns != default && tmtGolongan < tmtCpns)
        {
            Error(TmtGol, "TMT golongan tidak boleh sebelum TMT CPNS.");
        }

        if (!Enum.TryParse(Cell(Jenis), true, out JenisJabatan jenis) || !Enum.IsDefined(jenis) || int.TryParse(Cell(Jenis), out _))
        {
            Error(Jenis, $"Jenis jabatan '{Echo(Cell(Jenis))}' tidak dikenal ({JenisNames}).");
        }

        var atasan = Cell(Atasan);
        if (atasan.Length > 0 && !NipRules.IsValid(atasan))
        {
            Error(Atasan, "NIP atasan tidak sah.");
        }
        else if (atasan.Length > 0 && atasan == nip)
        {
            Error(Atasan, "Atasan tidak boleh PNS itu sendiri.");
        }

        var status = PersonnelRecords.Statuses.FirstOrDefault(s => string.Equals(s, Cell(Status), StringComparison.OrdinalIgnoreCase));
        if (status is null)
        {
            Error(Status, $"Status '{Echo(Cell(Status))}' tidak dikenal ({StatusNames}).");
        }

        foreach (var (c, max, required) in Texts)
        {
            var length = Cell(c).Length;
            if (length == 0 && required)
            {
                Error(c, $"{Columns[c]} wajib diisi.");
            }
            else if (length > max)
            {
                Error(c, $"{Columns[c]} paling panjang {max} karakter.");
            }
        }

        if (result.Issues.Count > before)
        {
            result.InvalidRows++;
            return;
        }

        result.Lines.Add(new PersonnelImportLine(rowNumber, new PersonnelRow
        {
            Nip = nip,
            Dataset = dataset,
            AgencyId = agencyId!.Value,
            Name = Cell(Name),
            BirthDate = birth,
            Gender = gender,
            Golongan = golongan!.Code,
            TmtGolongan = tmtGolongan,
            TmtCpns = tmtCpns,
            Jabatan = Cell(Jabatan),
            JenisJabatan = jenis,
            Unor = Cell(Unor),
            Pendidikan = Cell(Pendidikan),
            Agama = Cell(Agama),
            Kppn = Cell(Kppn),
            AtasanNip = atasan.Length == 0 ? null : atasan,
            Status = status!,
        }));
    }

    /// <summary>The free-text columns with their stored length (the model's maximum) and whether they must be filled.</summary>
    private static readonly (int Column, int Max, bool Required)[] Texts =
        [(Name, 200, true), (Jabatan, 200, true), (Unor, 200, true), (Pendidikan, 200, false), (Agama, 40, false), (Kppn, 80, false)];

    /// <summary>A cell value repeated in a message: at most 40 characters, any run of 18 digits (a NIP) masked.</summary>
    internal static string Echo(string text)
    {
        var value = text.Length > 40 ? text[..40] + "…" : text;
        var run = 0;
        for (var i = 0; i < value.Length; i++)
        {
            run = char.IsAsciiDigit(value[i]) ? run + 1 : 0;
            if (run >= 8)
            {
                // Long digit runs can only be (part of) a NIP or another identifier: none is repeated.
                return "(angka disamarkan)";
            }
        }

        return value;
    }

    /// <summary>The problems as a CSV report (UTF-8 with BOM, semicolons): Baris; Kolom; Pesan.</summary>
    public static byte[] Report(IEnumerable<PersonnelImportIssue> issues)
    {
        var text = new StringBuilder("Baris;Kolom;Pesan\r\n");
        foreach (var issue in issues)
        {
            text.Append(issue.Row.ToString(CultureInfo.InvariantCulture)).Append(';').Append(CsvCell(issue.Column)).Append(';').Append(CsvCell(issue.Message)).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string CsvCell(string value)
    {
        // A leading =, +, - or @ would make a spreadsheet read the cell as a formula.
        var safe = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return safe.IndexOfAny([';', '"', '\n', '\r', ',']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }

    private static IEnumerable<(int Row, string[] Cells)> ReadCsv(Stream file)
    {
        using var reader = new StreamReader(file, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        char? separator = null;
        var row = 0;
        while (reader.ReadLine() is { } line)
        {
            row++;
            separator ??= line.Count(c => c == ';') >= line.Count(c => c == ',') ? ';' : ',';
            yield return (row, SplitCsv(line, separator.Value));
        }
    }

    private static string[] SplitCsv(string line, char separator)
    {
        var cells = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == separator)
            {
                cells.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        cells.Add(current.ToString());
        return [.. cells];
    }
}
