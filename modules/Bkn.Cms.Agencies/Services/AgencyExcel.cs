using Bkn.Cms.Agencies.Models;
using ClosedXML.Excel;

namespace Bkn.Cms.Agencies.Services;

/// <summary>One row of an import file: its row number, the edit it carries, and what is wrong with it.</summary>
public sealed record AgencyImportRow(int Row, AgencyEdit Edit, IReadOnlyList<string> Errors)
{
    public bool Valid => Errors.Count == 0;
}

/// <summary>The agency list as an Excel workbook and back: the same columns both ways, so an export can be edited and re-imported.</summary>
public static class AgencyExcel
{
    public static readonly string[] Columns =
    [
        "Kode", "Nama", "Nama singkat", "Jenis", "Wilayah", "Induk (kode)", "Kantor Regional", "Alamat", "Narahubung", "Surel", "Telepon",
        "Training service", "Production service", "IP Public siap", "Status", "Rekonsiliasi data", "Tabel referensi", "Terintegrasi",
    ];

    public const int MaxRows = 5000;

    public static byte[] Export(IEnumerable<AgencyRecord> agencies, IReadOnlyDictionary<Guid, string> codes)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Instansi");
        for (var c = 0; c < Columns.Length; c++)
        {
            sheet.Cell(1, c + 1).Value = Columns[c];
        }

        var row = 2;
        foreach (var a in agencies)
        {
            object?[] values =
            [
                a.Code, a.Name, a.ShortName, a.Kind.ToString(), a.Region, a.ParentId is { } p ? codes.GetValueOrDefault(p) : "", a.RegionalOffice, a.Address, a.ContactName, a.ContactEmail, a.ContactPhone,
                YesNo(a.TrainingService), YesNo(a.ProductionService), YesNo(a.PublicIpReady), a.Status == IntegrationStatus.Belum ? "" : IntegrationRules.Label(a.Status), YesNo(a.Reconciled), YesNo(a.ReferenceTables), YesNo(a.Integrated),
            ];
            for (var c = 0; c < values.Length; c++)
            {
                sheet.Cell(row, c + 1).Value = values[c]?.ToString() ?? "";
            }

            row++;
        }

        sheet.Row(1).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
        sheet.Column(2).Width = 60;
        sheet.Columns(3, Columns.Length).Width = 18;
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>Reads an import file; a file that is no workbook, or has the wrong header, is one error for row 1.</summary>
    public static IReadOnlyList<AgencyImportRow> Read(Stream file, Func<string, AgencyKind?> kindOfExisting)
    {
        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(file);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return [new AgencyImportRow(1, new AgencyEdit(), ["Berkas bukan buku kerja Excel (.xlsx) yang dapat dibaca."])];
        }

        using (workbook)
        {
            var sheet = workbook.Worksheets.First();
            var header = Enumerable.Range(1, Columns.Length - 1).Select(c => sheet.Cell(1, c).GetString().Trim()).ToList();
            if (!header.SequenceEqual(Columns[..^1], StringComparer.OrdinalIgnoreCase))
            {
                return [new AgencyImportRow(1, new AgencyEdit(), [$"Baris judul harus berisi kolom: {string.Join(", ", Columns[..^1])}. Unduh berkas ekspor sebagai contoh."])];
            }

            var last = sheet.LastRowUsed()?.RowNumber() ?? 1;
            if (last - 1 > MaxRows)
            {
                return [new AgencyImportRow(1, new AgencyEdit(), [$"Paling banyak {MaxRows} baris per berkas."])];
            }

            var rows = new List<AgencyImportRow>();
            var pending = new Dictionary<string, AgencyKind?>(StringComparer.OrdinalIgnoreCase);
            for (var r = 2; r <= last; r++)
            {
                string Cell(int c) => sheet.Cell(r, c).GetString().Trim();
                if (Enumerable.Range(1, Columns.Length - 1).All(c => Cell(c).Length == 0))
                {
                    continue;
                }

                var errors = new List<string>();
                bool Flag(int c, string label)
                {
                    var v = Cell(c).ToUpperInvariant();
                    switch (v)
                    {
                        case "YA" or "X" or "Y" or "1" or "TRUE":
                            return true;
                        case "" or "TIDAK" or "BELUM" or "-" or "0" or "FALSE":
                            return false;
                        default:
                            errors.Add($"{label}: isi YA atau TIDAK, bukan '{Cell(c)}'.");
                            return false;
                    }
                }

                var kindText = Cell(4);
                var kind = IntegrationRules.ParseKind(kindText);
                var status = IntegrationRules.ParseStatus(Cell(15));
                if (status is null)
                {
                    errors.Add($"Status '{Cell(15)}' tidak dikenal (kosong, Implementasi, Koordinasi dan penyiapan IP Public, Implementasi dan penyiapan IP Public).");
                }

                var edit = new AgencyEdit
                {
                    Code = Cell(1).ToUpperInvariant(),
                    Name = Cell(2),
                    ShortName = Cell(3),
                    Kind = kind,
                    Region = Cell(5),
                    ParentCode = Cell(6).ToUpperInvariant(),
                    RegionalOffice = Cell(7),
                    Address = Cell(8),
                    ContactName = Cell(9),
                    ContactEmail = Cell(10),
                    ContactPhone = Cell(11),
                    TrainingService = Flag(12, "Training service"),
                    ProductionService = Flag(13, "Production service"),
                    PublicIpReady = Flag(14, "IP Public siap"),
                    Status = status ?? IntegrationStatus.Belum,
                    Reconciled = Flag(16, "Rekonsiliasi data"),
                    ReferenceTables = Flag(17, "Tabel referensi"),
                };
                errors.AddRange(AgencyRegistry.Validate(edit, c => kindOfExisting(c) ?? pending.GetValueOrDefault(c)).Values);
                if (edit.Code.Length > 0 && !pending.TryAdd(edit.Code, kind))
                {
                    errors.Add($"Kode {edit.Code} muncul lebih dari sekali dalam berkas.");
                }

                rows.Add(new AgencyImportRow(r, edit, errors));
            }

            return rows;
        }
    }

    private static string YesNo(bool value) => value ? "YA" : "TIDAK";
}
