using System.Security.Claims;
using Bkn.Cms.Agencies.Models;
using Bkn.Cms.Agencies.Services;
using Bkn.Cms.Audit;
using Bkn.Cms.Data;
using Bkn.Cms.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bkn.Cms.Agencies.Controllers;

/// <summary>The personnel records an agency's data is built on, for the agencies in scope.</summary>
public sealed class PersonnelListViewModel
{
    public required IReadOnlyList<PersonnelRow> Items { get; init; }

    public required IReadOnlyList<AgencyInfo> Agencies { get; init; }

    public required IReadOnlyDictionary<Guid, string> AgencyNames { get; init; }

    public string? Agency { get; init; }

    public string? Search { get; init; }

    public string? Golongan { get; init; }

    public PersonnelDataset Dataset { get; init; }

    public int Total { get; init; }

    public int Page { get; init; }

    public int Pages { get; init; }

    public required AgencyScope FullNip { get; init; }

    public bool CanImport { get; init; }

    public string? ImportMessage { get; init; }

    /// <summary>The first problems of a refused file (the full list is in the downloadable report).</summary>
    public IReadOnlyList<PersonnelImportIssue>? ImportIssues { get; init; }

    public int ImportIssueCount { get; init; }

    /// <summary>The id of the refused file's error report, for the download link.</summary>
    public string? ImportReportId { get; init; }
}

/// <summary>
/// Admin "Data Kepegawaian Instansi": a scoped list of personnel records (NIP masked unless the user may see it for that
/// agency) and the CSV/Excel import with a row-level error report: a file with any error saves nothing.
/// </summary>
[RequirePermission(Permissions.ViewPersonnelName)]
[Route("admin/instansi/kepegawaian")]
public sealed class PersonnelAdminController(DbContext db, IBulkInserter bulk, IAgencyScopeService scopes, IAgencyDirectory directory, IAuditTrail audit, PersonnelImportReports reports, TimeProvider time, IStringLocalizer t) : Controller
{
    public const int PageSize = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? instansi, string? q, string? golongan, string? data, int halaman = 1, CancellationToken cancellationToken = default) =>
        View(await ListAsync(instansi, q, golongan, data, halaman, null, null, cancellationToken));

    private async Task<PersonnelListViewModel> ListAsync(string? instansi, string? q, string? golongan, string? data, int halaman, IReadOnlyList<PersonnelImportIssue>? importIssues, string? importMessage, CancellationToken cancellationToken, int importIssueCount = 0, string? importReportId = null)
    {
        var scope = await scopes.GetAgencyScopeAsync(User, Permissions.ViewPersonnel, cancellationToken);
        var fullNip = await scopes.GetAgencyScopeAsync(User, Permissions.ViewFullNip, cancellationToken);
        var snapshot = await directory.GetAsync(cancellationToken);
        var dataset = data == "training" ? PersonnelDataset.Training : PersonnelDataset.Production;
        var query = db.Set<PersonnelRow>().AsNoTracking().Where(r => r.Dataset == dataset);
        if (!scope.AllAgencies)
        {
            var ids = scope.AgencyIds.ToList();
            query = query.Where(r => ids.Contains(r.AgencyId));
        }

        if (snapshot.FindByCode(instansi) is { } agency)
        {
            query = query.Where(r => r.AgencyId == agency.Id);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim();

            // Searching by NIP is for those who may see NIPs (a match would reveal it); others search by name.
            if (term.All(char.IsAsciiDigit) && term.Length >= 8 && !fullNip.IsEmpty)
            {
                var allowed = fullNip.AllAgencies ? null : fullNip.AgencyIds.ToList();
                query = query.Where(r => r.Nip.StartsWith(term) && (allowed == null || allowed.Contains(r.AgencyId)));
            }
            else
            {
                var upper = term.ToUpperInvariant();
                query = query.Where(r => r.Name.ToUpper().Contains(upper));
            }
        }

        if (!string.IsNullOrWhiteSpace(golongan))
        {
            query = query.Where(r => r.Golongan == golongan);
        }

        var total = await query.CountAsync(cancellationToken);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(halaman, 1, pages);
        var items = await query.OrderBy(r => r.AgencyId).ThenBy(r => r.Nip).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var agencies = snapshot.All.Where(a => scope.Contains(a.Id)).ToList();
        return new PersonnelListViewModel
        {
            Items = items,
            Agencies = agencies.Count > 50 ? [.. agencies.Where(a => a.Kind != AgencyKind.Kabupaten && a.Kind != AgencyKind.Kota)] : agencies,
            AgencyNames = agencies.ToDictionary(a => a.Id, a => a.Name),
            Agency = instansi,
            Search = q,
            Golongan = golongan,
            Dataset = dataset,
            Total = total,
            Page = page,
            Pages = pages,
            FullNip = fullNip,
            CanImport = !(await scopes.GetAgencyScopeAsync(User, Permissions.ImportPersonnel, cancellationToken)).IsEmpty,
            ImportIssues = importIssues,
            ImportIssueCount = importIssueCount,
            ImportReportId = importReportId,
            ImportMessage = importMessage,
        };
    }

    /// <summary>Problems shown on the page; the downloadable report has them all.</summary>
    public const int IssuesShown = 200;

    /// <summary>
    /// Checks every row of the file (read as a stream); only a file without any problem is saved, all rows in one
    /// transaction. A refused file gets a downloadable row-level report (row, column, message).
    /// </summary>
    [HttpPost("impor")]
    [ValidateAntiForgeryToken]
    [RequirePermission(Permissions.ImportPersonnelName)]
    [RequestSizeLimit(PersonnelImport.MaxBytes + (1024 * 1024))]
    [RequestFormLimits(MultipartBodyLengthLimit = PersonnelImport.MaxBytes + (1024 * 1024))]
    public async Task<IActionResult> Import(IFormFile? berkas, string? data, CancellationToken cancellationToken)
    {
        if (berkas is null || berkas.Length == 0)
        {
            return View("Index", await ListAsync(null, null, null, data, 1, null, t["Pilih berkas CSV atau Excel untuk diimpor."].Value, cancellationToken));
        }

        if (berkas.Length > PersonnelImport.MaxBytes)
        {
            return View("Index", await ListAsync(null, null, null, data, 1, null, t["Berkas terlalu besar: paling besar {0} MB.", PersonnelImport.MaxBytes / 1024 / 1024].Value, cancellationToken));
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var scope = await scopes.GetAgencyScopeAsync(User, Permissions.ImportPersonnel, cancellationToken);
        var snapshot = await directory.GetAsync(cancellationToken);
        var dataset = data == "training" ? PersonnelDataset.Training : PersonnelDataset.Production;
        PersonnelImportResult result;
        await using (var stream = berkas.OpenReadStream())
        {
            result = PersonnelImport.Read(stream, berkas.FileName, dataset, code => snapshot.FindByCode(code) is { } a && scope.Contains(a.Id) ? a.Id : null);
        }

        // A NIP already registered for an agency outside the user's scope is refused without saying which agency.
        var existing = new HashSet<string>(StringComparer.Ordinal);
        var byNip = result.Lines.ToDictionary(l => l.Record.Nip, StringComparer.Ordinal);
        foreach (var chunk in byNip.Keys.Chunk(1000))
        {
            var found = await db.Set<PersonnelRow>().AsNoTracking().Where(r => r.Dataset == dataset && chunk.Contains(r.Nip))
                .Select(r => new { r.Nip, r.AgencyId }).ToListAsync(cancellationToken);
            foreach (var row in found)
            {
                if (scope.Contains(row.AgencyId))
                {
                    existing.Add(row.Nip);
                }
                else
                {
                    result.Refuse(byNip[row.Nip], PersonnelImport.Columns[1], "NIP sudah terdaftar pada instansi lain.");
                }
            }
        }

        if (!result.Valid)
        {
            string message;
            string? reportId = null;
            if (result.FileRefused || result.RowsRead == 0)
            {
                message = result.FileRefused ? result.Issues[0].Message : t["Berkas tidak berisi baris data."].Value;
            }
            else
            {
                var issues = result.Issues.OrderBy(i => i.Row).ToList();
                reportId = await reports.SaveAsync(User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", PersonnelImport.Report(issues), cancellationToken);
                message = t["{0} baris bermasalah. Tidak ada yang disimpan; perbaiki berkas lalu unggah lagi ({1} baris dibaca, {2} sah, {3} kesalahan).", N(result.InvalidRows), N(result.RowsRead), N(result.ValidRows), N(result.Issues.Count)].Value;
                result.Issues.Clear();
                result.Issues.AddRange(issues.Take(IssuesShown));
                return View("Index", await ListAsync(null, null, null, data, 1, result.Issues, message, cancellationToken, issues.Count, reportId));
            }

            return View("Index", await ListAsync(null, null, null, data, 1, null, message, cancellationToken));
        }

        var now = time.GetUtcNow().UtcDateTime;
        var records = result.Lines.Select(l => l.Record).ToList();
        foreach (var record in records)
        {
            record.UpdatedUtc = now;
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            // The records already stored under the same NIPs are replaced: set-based deletes, then one bulk insert.
            foreach (var chunk in existing.Chunk(1000))
            {
                await db.Set<PersonnelRow>().Where(r => r.Dataset == dataset && chunk.Contains(r.Nip)).ExecuteDeleteAsync(cancellationToken);
            }

            await bulk.InsertAsync(db, records, cancellationToken);
            await audit.StageAsync(new AuditEvent(AuditCategories.Content, "personnel.imported", $"Impor data kepegawaian ({(dataset == PersonnelDataset.Training ? "latihan" : "produksi")}): {records.Count} baris, {records.Count - existing.Count} baru, {existing.Count} diperbarui"), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        TempData["Success"] = t["{0} data kepegawaian diimpor: {1} baru, {2} diperbarui ({3} detik).", N(records.Count), N(records.Count - existing.Count), N(existing.Count), clock.Elapsed.TotalSeconds.ToString("0.0", Indonesian)].Value;
        return Redirect(AgenciesRoutes.Personnel + (dataset == PersonnelDataset.Training ? "?data=training" : ""));
    }

    /// <summary>The row-level report of a refused import, for the user who uploaded the file.</summary>
    [HttpGet("impor/laporan/{id}")]
    [RequirePermission(Permissions.ImportPersonnelName)]
    public IActionResult Report(string id)
    {
        var stream = reports.Open(User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", id);
        return stream is null ? NotFound() : File(stream, "text/csv; charset=utf-8", "laporan-kesalahan-impor-pegawai.csv");
    }

    private static readonly System.Globalization.CultureInfo Indonesian = System.Globalization.CultureInfo.GetCultureInfo("id-ID");

    private static string N(int value) => value.ToString("N0", Indonesian);
}
