using System.Globalization;
using ClosedXML.Excel;
using CsvHelper;

namespace Bkn.Cms.Sapk.Services;

/// <summary>A file read into text cells: its header and its data rows with their line (CSV) or row (Excel) number.</summary>
public sealed record SapkSheet(IReadOnlyList<string> Headers, IReadOnlyList<SapkSheetRow> Rows);

public sealed record SapkSheetRow(int Number, string[] Cells);

/// <summary>
/// The upload format (docs/SAPK-FORMAT in the README section "Statistik SAPK"): one row per agency and period, the
/// columns <see cref="Columns"/> then two columns per configured module. CSV (comma, semicolon or tab separated,
/// UTF-8) or Excel (.xlsx, first worksheet, first row the header).
/// </summary>
public static class SapkFile
{
    public const string Periode = "periode";
    public const string KodeInstansi = "kode_instansi";
    public const string UserAktif = "user_aktif";
    public const string UserTidakAktif = "user_tidak_aktif";
    public const string LoginTerakhir = "login_terakhir";

    public static readonly IReadOnlyList<string> Columns = [Periode, KodeInstansi, UserAktif, UserTidakAktif, LoginTerakhir];

    public const long MaxBytes = 20 * 1024 * 1024;

    public static string ModuleUsers(string module) => $"modul_{module.ToLowerInvariant()}_user";

    public static string ModuleTransactions(string module) => $"modul_{module.ToLowerInvariant()}_transaksi";

    public static IReadOnlyList<string> HeaderFor(IReadOnlyList<string> modules) =>
        [.. Columns, .. modules.SelectMany(m => new[] { ModuleUsers(m), ModuleTransactions(m) })];

    public static bool IsExcel(string fileName) => fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads the file; a file that cannot be read at all throws <see cref="SapkFileException"/> with an Indonesian message.</summary>
    public static SapkSheet Read(string fileName, byte[] content)
    {
        if (content.Length == 0)
        {
            throw new SapkFileException("Berkas kosong.");
        }

        if (IsExcel(fileName))
        {
            return ReadExcel(content);
        }

        if (fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
        {
            return ReadCsv(content);
        }

        throw new SapkFileException("Jenis berkas tidak didukung: unggah berkas .csv atau .xlsx.");
    }

    private static SapkSheet ReadCsv(byte[] content)
    {
        try
        {
            using var csv = CsvReader.Create(content, new CsvReaderOptions { TrackLineNumbers = true });
            var headers = csv.Headers.Select(h => h.Trim()).ToList();
            var rows = new List<SapkSheetRow>();
            while (csv.Read())
            {
                var cells = new string[csv.FieldCount];
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = csv.GetString(i)?.Trim() ?? "";
                }

                rows.Add(new SapkSheetRow((int)csv.LineNumber, cells));
            }

            return new SapkSheet(headers, rows);
        }
        catch (CsvFormatException)
        {
            throw new SapkFileException("Berkas CSV tidak dapat dibaca (tanda kutip atau jumlah kolom tidak sesuai).");
        }
    }

    private static SapkSheet ReadExcel(byte[] content)
    {
        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(new MemoryStream(content));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new SapkFileException("Berkas Excel tidak dapat dibuka; simpan sebagai .xlsx.");
        }

        using (workbook)
        {
            var sheet = workbook.Worksheets.FirstOrDefault() ?? throw new SapkFileException("Berkas Excel tidak berisi lembar kerja.");
            var used = sheet.RangeUsed();
            if (used is null)
            {
                throw new SapkFileException("Berkas kosong.");
            }

            var first = used.FirstRow().RowNumber();
            var last = used.LastRow().RowNumber();
            var width = used.LastColumn().ColumnNumber();
            var headers = Enumerable.Range(1, width).Select(c => Text(sheet.Cell(first, c))).ToList();
            while (headers.Count > 0 && headers[^1].Length == 0)
            {
                headers.RemoveAt(headers.Count - 1);
            }

            var rows = new List<SapkSheetRow>();
            for (var r = first + 1; r <= last; r++)
            {
                var cells = new string[width];
                for (var c = 1; c <= width; c++)
                {
                    cells[c - 1] = Text(sheet.Cell(r, c));
                }

                if (cells.All(x => x.Length == 0))
                {
                    continue;
                }

                rows.Add(new SapkSheetRow(r, cells));
            }

            return new SapkSheet(headers, rows);
        }
    }

    private static string Text(IXLCell cell) => cell.Value switch
    {
        null => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeSpan t => t.ToString(),
        bool b => b ? "TRUE" : "FALSE",
        var v => Convert.ToString(v, CultureInfo.InvariantCulture)?.Trim() ?? "",
    };

    /// <summary>The template: the header and one example row per agency given (at most three), as CSV.</summary>
    public static byte[] CsvTemplate(IReadOnlyList<string> modules, IEnumerable<string> exampleCodes, int examplePeriod)
    {
        var lines = new List<string> { string.Join(',', HeaderFor(modules)) };
        foreach (var code in exampleCodes.Take(3))
        {
            lines.Add(string.Join(',', new[] { SapkPeriodKey.Format(examplePeriod), code, "120", "8", $"{SapkPeriodKey.Format(examplePeriod)}-28" }
                .Concat(modules.SelectMany(_ => new[] { "40", "310" }))));
        }

        return [.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n")];
    }

    /// <summary>The template as an Excel workbook (the same columns, numbers as numbers).</summary>
    public static byte[] ExcelTemplate(IReadOnlyList<string> modules, IEnumerable<string> exampleCodes, int examplePeriod)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("SAPK");
        var header = HeaderFor(modules);
        for (var c = 0; c < header.Count; c++)
        {
            sheet.Cell(1, c + 1).SetValue(header[c]);
            sheet.Cell(1, c + 1).Style.Font.Bold = true;
        }

        var row = 2;
        foreach (var code in exampleCodes.Take(3))
        {
            sheet.Cell(row, 1).SetValue(SapkPeriodKey.Format(examplePeriod));
            sheet.Cell(row, 2).SetValue(code);
            sheet.Cell(row, 3).Value = 120;
            sheet.Cell(row, 4).Value = 8;
            sheet.Cell(row, 5).SetValue(SapkPeriodKey.Format(examplePeriod) + "-28");
            for (var m = 0; m < modules.Count; m++)
            {
                sheet.Cell(row, 6 + 2 * m).Value = 40;
                sheet.Cell(row, 7 + 2 * m).Value = 310;
            }

            row++;
        }

        sheet.Columns().Width = 18;
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}

public sealed class SapkFileException(string message) : Exception(message);
