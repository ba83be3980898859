using Bkn.Cms.Agencies.Models;
using Bkn.Cms.Agencies.Services;
using Bkn.Cms.Audit;
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

    public IReadOnlyList<PersonnelImportRow>? ImportRows { get; init; }

    public string? ImportMessage { get; init; }
}

/// <summary>
/// Admin "Data Kepegawaian Instansi": a scoped list of personnel records (NIP masked unless the user may see it for that
/// agency) and the CSV/Excel import with row-level errors: a file with any error saves nothing.
/// </summary>
[RequirePermission(Permissions.ViewPersonnelName)]
[Route("admin/instansi/kepegawaian")]
public sealed class PersonnelAdminController(DbContext db, IAgencyScopeService scopes, IAgencyDirectory directory, IAuditTrail audit, TimeProvider time, IStringLocalizer t) : Controller
{
    public const int PageSize = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? instansi, string? q, string? golongan, string? data, int halaman = 1, CancellationToken cancellationToken = default) =>
        View(await ListAsync(instansi, q, golongan, data, halaman, null, null, cancellationToken));

    private async Task<PersonnelListViewModel> ListAsync(string? instansi, string? q, string? golongan, string? data, int halaman, IReadOnlyList<PersonnelImportRow>? importRows, string? importMessage, CancellationToken cancellationToken)
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
            ImportRows = importRows,
            ImportMessage = importMessage,
        };
    }

    /// <summary>Checks every row; only a file without errors is saved, in one transaction.</summary>
    [HttpPost("impor")]
    [ValidateAntiForgeryToken]
    [RequirePermission(Permissions.ImportPersonnelName)]
    [RequestSizeLimit(20 * 1024 * 1024)]
    public async Task<IActionResult> Import(IFormFile? berkas, string? data, CancellationToken cancellationToken)
    {
        if (berkas is null || berkas.Length == 0)
        {
            return View("Index", await ListAsync(null, null, null, data, 1, null, t["Pilih berkas CSV atau Excel untuk diimpor."].Value, cancellationToken));
        }

        var scope = await scopes.GetAgencyScopeAsync(User, Permissions.ImportPersonnel, cancellationToken);
        var snapshot = await directory.GetAsync(cancellationToken);
        var dataset = data == "training" ? PersonnelDataset.Training : PersonnelDataset.Production;
        await using var stream = berkas.OpenReadStream();
        var rows = PersonnelImport.Read(stream, berkas.FileName, dataset, code => snapshot.FindByCode(code) is { } a && scope.Contains(a.Id) ? a.Id : null).ToList();

        // A NIP already registered for an agency outside the user's scope is refused without saying which agency.
        var nips = rows.Where(r => r.Record is not null).Select(r => r.Record!.Nip).ToList();
        var existing = new Dictionary<string, PersonnelRow>(StringComparer.Ordinal);
        foreach (var chunk in nips.Chunk(500))
        {
            foreach (var row in await db.Set<PersonnelRow>().Where(r => r.Dataset == dataset && chunk.Contains(r.Nip)).ToListAsync(cancellationToken))
            {
                existing[row.Nip] = row;
            }
        }

        rows = [.. rows.Select(r => r.Record is { } rec && existing.TryGetValue(rec.Nip, out var old) && !scope.Contains(old.AgencyId)
            ? r with { Record = null, Errors = ["NIP sudah terdaftar pada instansi lain."] }
            : r)];
        if (rows.Count == 0 || rows.Any(r => !r.Valid))
        {
            var message = rows.Count == 0 ? t["Berkas tidak berisi baris data."].Value : t["{0} baris bermasalah. Tidak ada yang disimpan; perbaiki berkas lalu unggah lagi.", rows.Count(r => !r.Valid)].Value;
            return View("Index", await ListAsync(null, null, null, data, 1, [.. rows.Where(r => !r.Valid).Take(500)], message, cancellationToken));
        }

        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var record in rows.Select(r => r.Record!))
        {
            record.UpdatedUtc = now;
            if (existing.TryGetValue(record.Nip, out var old))
            {
                db.Entry(old).CurrentValues.SetValues(record);
            }
            else
            {
                db.Add(record);
            }
        }

        await audit.StageAsync(new AuditEvent(AuditCategories.Content, "personnel.imported", $"Impor data kepegawaian ({(dataset == PersonnelDataset.Training ? "latihan" : "produksi")}): {rows.Count} baris"), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        TempData["Success"] = t["{0} data kepegawaian diimpor.", rows.Count].Value;
        return Redirect(AgenciesRoutes.Personnel + (dataset == PersonnelDataset.Training ? "?data=training" : ""));
    }
}
