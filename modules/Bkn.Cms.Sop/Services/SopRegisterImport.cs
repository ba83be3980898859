using System.Globalization;
using System.Security.Claims;
using Bkn.Cms.Audit;
using Bkn.Cms.Security;
using Bkn.Cms.Sop.Models;
using Bkn.Cms.Units;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Sop.Services;

/// <summary>One row of an imported register: what it would become, or why it cannot.</summary>
public sealed record ImportRow(int Row, string Nomor, string Nama, string Unit, SopStatus Status, IReadOnlyList<string> Errors)
{
    public bool Ok => Errors.Count == 0;
}

/// <summary>The check of a workbook: every row with its errors, or a reason the file cannot be read at all.</summary>
public sealed record ImportCheck(IReadOnlyList<ImportRow> Rows, string? FileError)
{
    public int Valid => Rows.Count(r => r.Ok);

    public int Invalid => Rows.Count(r => !r.Ok);
}

/// <summary>
/// Imports an existing SOP register from Excel (first sheet, header row: Nomor SOP, Nama SOP, Kode unit, Status,
/// Tanggal Pembuatan, Tanggal Efektif). Every row is checked first; a file with errors saves nothing unless the user
/// confirms that only the valid rows go in, and those go in one transaction. Imported SOPs have no flowchart yet.
/// </summary>
public sealed class SopRegisterImport(DbContext db, IUnitTree units, IPermissionService permissions, IAuditTrail audit, TimeProvider time)
{
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int MaxRows = 5000;

    private static readonly string[] Headers = ["Nomor SOP", "Nama SOP", "Kode unit", "Status", "Tanggal Pembuatan", "Tanggal Efektif"];

    public async Task<(ImportCheck Check, List<SopDocument> Documents)> CheckAsync(ClaimsPrincipal user, byte[] file, CancellationToken ct)
    {
        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(new MemoryStream(file));
        }
        catch (Exception e) when (e is InvalidDataException or IOException or FormatException or ArgumentException or InvalidOperationException or System.Xml.XmlException)
        {
            return (new ImportCheck([], "Berkas bukan lembar kerja Excel (.xlsx) yang dapat dibaca."), []);
        }

        using (workbook)
        {
            var sheet = workbook.Worksheets.First();
            for (var c = 0; c < Headers.Length; c++)
            {
                if (!string.Equals(sheet.Cell(1, c + 1).GetString().Trim(), Headers[c], StringComparison.OrdinalIgnoreCase))
                {
                    return (new ImportCheck([], $"Baris judul harus berisi kolom: {string.Join(", ", Headers)} (kolom {c + 1} berisi \"{sheet.Cell(1, c + 1).GetString().Trim()}\")."), []);
                }
            }

            var last = sheet.LastRowUsed()?.RowNumber() ?? 1;
            if (last - 1 > MaxRows)
            {
                return (new ImportCheck([], $"Berkas berisi {last - 1} baris; paling banyak {MaxRows} per impor."), []);
            }

            var tree = await units.GetAsync(ct);
            var writeScope = await permissions.GetUnitScopeAsync(user, Permissions.WriteSop, ct);
            var evaluateScope = await permissions.GetUnitScopeAsync(user, Permissions.EvaluateSop, ct);
            var taken = (await db.Set<SopDocument>().AsNoTracking().Where(s => s.Status != SopStatus.Dicabut && s.Status != SopStatus.Diganti).Select(s => new { s.UnitId, s.Nomor }).ToListAsync(ct))
                .Select(s => (s.UnitId, s.Nomor.Trim().ToLowerInvariant())).ToHashSet();
            var inFile = new HashSet<(Guid, string)>();
            var rows = new List<ImportRow>();
            var documents = new List<SopDocument>();
            var now = time.GetUtcNow().UtcDateTime;
            for (var r = 2; r <= last; r++)
            {
                string Cell(int c) => sheet.Cell(r, c).GetString().Trim();
                var nomor = Cell(1);
                var nama = Cell(2);
                var code = Cell(3);
                if (nomor.Length == 0 && nama.Length == 0 && code.Length == 0)
                {
                    continue;
                }

                var errors = new List<string>();
                if (nomor.Length == 0)
                {
                    errors.Add("Nomor SOP kosong.");
                }
                else if (nomor.Length > SopDocument.NomorLength)
                {
                    errors.Add($"Nomor SOP lebih dari {SopDocument.NomorLength} karakter.");
                }

                if (nama.Length == 0)
                {
                    errors.Add("Nama SOP kosong.");
                }
                else if (nama.Length > SopDocument.NamaLength)
                {
                    errors.Add($"Nama SOP lebih dari {SopDocument.NamaLength} karakter.");
                }

                var unit = tree.DepthFirst().FirstOrDefault(u => string.Equals(u.Code, code, StringComparison.OrdinalIgnoreCase));
                if (unit is null)
                {
                    errors.Add($"Kode unit \"{code}\" tidak dikenal.");
                }
                else if (!writeScope.Contains(unit.Id) && !evaluateScope.Contains(unit.Id))
                {
                    errors.Add($"Anda tidak berwenang mengimpor SOP unit {unit.Code}.");
                }

                var statusText = Cell(4);
                var status = statusText.Length == 0 ? SopStatus.Berlaku : SopStatuses.Parse(statusText) ?? Enum.GetValues<SopStatus>().Cast<SopStatus?>().FirstOrDefault(s => string.Equals(SopStatuses.Label(s!.Value), statusText, StringComparison.OrdinalIgnoreCase));
                if (status is null or SopStatus.Diganti)
                {
                    errors.Add($"Status \"{statusText}\" tidak dikenal (Draf, Diajukan, Divalidasi, Disahkan, Berlaku, Dicabut).");
                }

                var made = Date(sheet.Cell(r, 5), "Tanggal Pembuatan", errors);
                var effective = Date(sheet.Cell(r, 6), "Tanggal Efektif", errors);
                if (status is SopStatus.Berlaku or SopStatus.Disahkan && effective is null && !errors.Any(e => e.StartsWith("Tanggal Efektif", StringComparison.Ordinal)))
                {
                    errors.Add("Tanggal Efektif wajib untuk SOP yang disahkan atau berlaku.");
                }

                if (unit is not null && nomor.Length > 0 && status is not SopStatus.Dicabut)
                {
                    var key = (unit.Id, nomor.ToLowerInvariant());
                    if (taken.Contains(key))
                    {
                        errors.Add($"Nomor SOP \"{nomor}\" sudah ada di register unit ini.");
                    }
                    else if (!inFile.Add(key))
                    {
                        errors.Add($"Nomor SOP \"{nomor}\" muncul lebih dari sekali untuk unit ini dalam berkas.");
                    }
                }

                rows.Add(new ImportRow(r, nomor, nama, unit?.Name ?? code, status ?? SopStatus.Draf, errors));
                if (errors.Count == 0)
                {
                    var id = Guid.NewGuid();
                    var document = new SopDocument
                    {
                        Id = id, SeriesId = id, UnitId = unit!.Id, Nomor = nomor, Nama = nama, Status = status!.Value,
                        TanggalPembuatan = made, TanggalEfektif = effective, CreatedUtc = now, UpdatedUtc = now, Stamp = 1,
                    };
                    SopService.Apply(document, new Flowchart());
                    documents.Add(document);
                }
            }

            return (new ImportCheck(rows, rows.Count == 0 ? "Berkas tidak berisi baris SOP." : null), documents);
        }
    }

    /// <summary>Saves the valid rows in one transaction: all of them when the file has no errors, or when the user confirmed.</summary>
    public async Task<int> SaveAsync(ClaimsPrincipal user, List<SopDocument> documents, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var document in documents)
        {
            db.Add(document);
            db.Add(new SopEvent { SopId = document.Id, AtUtc = now, UserName = user.Identity?.Name ?? "", From = SopStatus.Draf, To = document.Status, Note = "Diimpor dari register Excel" });
            if (document.Status == SopStatus.Berlaku)
            {
                SopSearchSource.Note(db, document);
            }
        }

        await audit.StageAsync(new AuditEvent(AuditCategories.Content, "sop.imported", $"{documents.Count} SOP diimpor dari register Excel") { ContentType = "Sop" }, ct);
        await db.SaveChangesAsync(ct);
        return documents.Count;
    }

    private static DateOnly? Date(IXLCell cell, string label, List<string> errors)
    {
        if (cell.IsEmpty())
        {
            return null;
        }

        if (cell.DataType == XLDataType.DateTime)
        {
            return DateOnly.FromDateTime(cell.GetDateTime());
        }

        var text = cell.GetString().Trim();
        if (DateOnly.TryParseExact(text, ["yyyy-MM-dd", "dd-MM-yyyy", "dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add($"{label} \"{text}\" bukan tanggal (tulis 2017-08-23 atau 23-08-2017).");
        return null;
    }
}
