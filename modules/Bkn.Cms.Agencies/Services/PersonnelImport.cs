using System.Globalization;
using Bkn.Cms.Agencies.Models;
using Bkn.Cms.Validation;
using ClosedXML.Excel;

namespace Bkn.Cms.Agencies.Services;

/// <summary>One row of a personnel import file and what is wrong with it (messages never repeat the NIP in full).</summary>
public sealed record PersonnelImportRow(int Row, PersonnelRow? Record, string AgencyCode, IReadOnlyList<string> Errors)
{
    public bool Valid => Errors.Count == 0;
}

/// <summary>
/// Reads personnel records from CSV (semicolon or comma separated, UTF-8) or Excel with the columns of
/// <see cref="Columns"/>; every row is checked on its own (NIP structure and agreement with birth date, CPNS month and
/// gender, golongan, dates, jenis jabatan, status) so the file can be corrected in one go.
/// </summary>
public static class PersonnelImport
{
    public static readonly string[] Columns =
    [
        "Kode instansi", "NIP", "Nama", "Tanggal lahir", "Jenis kelamin", "Golongan", "TMT golongan", "TMT CPNS", "Jabatan", "Jenis jabatan", "Unor", "Pendidikan", "Agama", "KPPN", "NIP atasan", "Status",
    ];

    public const int MaxRows = 20_000;

    public static IReadOnlyList<PersonnelImportRow> Read(Stream file, string fileName, PersonnelDataset dataset, Func<string, Guid?> agencyOf)
    {
        List<string[]> table;
        try
        {
            table = fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? ReadCsv(file) : ReadExcel(file);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return [new PersonnelImportRow(1, null, "", ["Berkas tidak dapat dibaca. Gunakan CSV (UTF-8) atau Excel (.xlsx)."])];
        }

        if (table.Count == 0 || !table[0].Select(h => h.Trim()).SequenceEqual(Columns, StringComparer.OrdinalIgnoreCase))
        {
            return [new PersonnelImportRow(1, null, "", [$"Baris judul harus berisi kolom: {string.Join(", ", Columns)}."])];
        }

        if (table.Count - 1 > MaxRows)
        {
            return [new PersonnelImportRow(1, null, "", [$"Paling banyak {MaxRows} baris per berkas."])];
        }

        var rows = new List<PersonnelImportRow>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < table.Count; i++)
        {
            var cells = table[i];
            string Cell(int c) => c < cells.Length ? cells[c].Trim() : "";
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var errors = new List<string>();
            var code = Cell(0).ToUpperInvariant();
            var agencyId = agencyOf(code);
            if (agencyId is null)
            {
                errors.Add($"Kode instansi '{code}' tidak dikenal atau di luar kewenangan Anda.");
            }

            var nip = Cell(1);
            NipParts parts = default;
            if (!NipRules.TryParse(nip, out parts, out var nipError))
            {
                errors.Add(nipError);
            }
            else if (!seen.Add(nip))
            {
                errors.Add("NIP muncul lebih dari sekali dalam berkas.");
            }

            DateOnly Date(int c, string label)
            {
                var text = Cell(c);
                if (DateOnly.TryParseExact(text, ["yyyy-MM-dd", "dd-MM-yyyy", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    return d;
                }

                errors.Add($"{label} harus tanggal (TTTT-BB-HH atau HH-BB-TTTT), bukan '{text}'.");
                return default;
            }

            var birth = Date(3, "Tanggal lahir");
            var tmtGolongan = Date(6, "TMT golongan");
            var tmtCpns = Date(7, "TMT CPNS");
            var gender = Cell(4).ToUpperInvariant();
            if (gender is not ("L" or "P"))
            {
                errors.Add("Jenis kelamin harus L atau P.");
            }

            if (parts.Nip is not null)
            {
                if (birth != default && parts.BirthDate != birth)
                {
                    errors.Add("Tanggal lahir tidak sama dengan delapan angka pertama NIP.");
                }

                if (tmtCpns != default && (parts.TmtCpns.Year, parts.TmtCpns.Month) != (tmtCpns.Year, tmtCpns.Month))
                {
                    errors.Add("Bulan TMT CPNS tidak sama dengan angka ke-9 sampai ke-14 NIP.");
                }

                if (gender is "L" or "P" && (gender == "L") != (parts.Gender == NipGender.Male))
                {
                    errors.Add("Jenis kelamin tidak sama dengan angka ke-15 NIP.");
                }
            }

            var golongan = Golongan.Find(Cell(5));
            if (golongan is null)
            {
                errors.Add($"Golongan '{Cell(5)}' tidak dikenal (contoh: III/a).");
            }

            if (tmtGolongan != default && tmtCpns != default && tmtGolongan < tmtCpns)
            {
                errors.Add("TMT golongan tidak boleh sebelum TMT CPNS.");
            }

            JenisJabatan jenis = default;
            if (!Enum.TryParse(Cell(9), true, out jenis) || !Enum.IsDefined(jenis) || int.TryParse(Cell(9), out _))
            {
                errors.Add($"Jenis jabatan '{Cell(9)}' tidak dikenal ({string.Join(", ", Enum.GetNames<JenisJabatan>())}).");
            }

            var atasan = Cell(14);
            if (atasan.Length > 0 && !NipRules.IsValid(atasan))
            {
                errors.Add("NIP atasan tidak sah.");
            }

            var status = PersonnelRecords.Statuses.FirstOrDefault(s => string.Equals(s, Cell(15), StringComparison.OrdinalIgnoreCase));
            if (status is null)
            {
                errors.Add($"Status '{Cell(15)}' tidak dikenal ({string.Join(", ", PersonnelRecords.Statuses)}).");
            }

            foreach (var (c, label, max) in new[] { (2, "Nama", 200), (8, "Jabatan", 200), (10, "Unor", 200) })
            {
                if (Cell(c).Length == 0)
                {
                    errors.Add($"{label} wajib diisi.");
                }
                else if (Cell(c).Length > max)
                {
                    errors.Add($"{label} paling panjang {max} karakter.");
                }
            }

            var record = errors.Count > 0 ? null : new PersonnelRow
            {
                Nip = nip,
                Dataset = dataset,
                AgencyId = agencyId!.Value,
                Name = Cell(2),
                BirthDate = birth,
                Gender = gender,
                Golongan = golongan!.Code,
                TmtGolongan = tmtGolongan,
                TmtCpns = tmtCpns,
                Jabatan = Cell(8),
                JenisJabatan = jenis,
                Unor = Cell(10),
                Pendidikan = Cell(11),
                Agama = Cell(12),
                Kppn = Cell(13),
                AtasanNip = atasan.Length == 0 ? null : atasan,
                Status = status!,
            };
            rows.Add(new PersonnelImportRow(i + 1, record, code, errors));
        }

        return rows;
    }

    private static List<string[]> ReadExcel(Stream file)
    {
        using var workbook = new XLWorkbook(file);
        var sheet = workbook.Worksheets.First();
        var last = sheet.LastRowUsed()?.RowNumber() ?? 0;
        var table = new List<string[]>();
        for (var r = 1; r <= last && r <= MaxRows + 2; r++)
        {
            table.Add([.. Enumerable.Range(1, Columns.Length).Select(c =>
            {
                var cell = sheet.Cell(r, c);
                return cell.DataType == XLDataType.DateTime ? cell.GetDateTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : cell.GetString();
            })]);
        }

        return table;
    }

    private static List<string[]> ReadCsv(Stream file)
    {
        using var reader = new StreamReader(file, System.Text.Encoding.UTF8);
        var table = new List<string[]>();
        char? separator = null;
        while (reader.ReadLine() is { } line && table.Count <= MaxRows + 2)
        {
            separator ??= line.Count(c => c == ';') >= line.Count(c => c == ',') ? ';' : ',';
            table.Add(SplitCsv(line, separator.Value));
        }

        return table;
    }

    private static string[] SplitCsv(string line, char separator)
    {
        var cells = new List<string>();
        var current = new System.Text.StringBuilder();
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
