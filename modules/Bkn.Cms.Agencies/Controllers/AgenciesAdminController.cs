using System.Security.Claims;
using System.Text.Json;
using Bkn.Cms.Agencies.Models;
using Bkn.Cms.Agencies.Services;
using Bkn.Cms.Agencies.ViewModels;
using Bkn.Cms.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bkn.Cms.Agencies.Controllers;

/// <summary>
/// Admin "Registri Instansi": the list (search, filters, paging), an agency's page with its integration history, the
/// edit form, Tabel 5, the dashboard with the yearly target, and the Excel export and import (preview, then confirm the
/// valid rows). Every page is scoped: an agency user sees and edits only their own agency; another agency answers 404.
/// </summary>
[RequirePermission(Permissions.ViewAgenciesName)]
[Route("admin/instansi")]
public sealed class AgenciesAdminController(DbContext db, IAgencyScopeService scopes, AgencyRegistry registry, IPermissionService permissions, IDataProtectionProvider protection, TimeProvider time, IStringLocalizer t) : Controller
{
    public const int PageSize = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, string? jenis, string? wilayah, string? kanreg, string? integrasi, bool tabel5 = false, int halaman = 1, CancellationToken cancellationToken = default)
    {
        var scope = await scopes.GetAgencyScopeAsync(User, Permissions.ViewAgencies, cancellationToken);
        var filter = new AgencyFilter { Search = q, Kind = IntegrationRules.ParseKind(jenis), Region = wilayah, RegionalOffice = kanreg, Integration = integrasi, Tabel5Only = tabel5 };
        var query = AgencyQuery.Filter(AgencyQuery.Scoped(db, scope), filter);
        var total = await query.CountAsync(cancellationToken);
        var page = Math.Max(1, halaman);
        var items = await AgencyQuery.Ordered(query).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var manage = await scopes.GetAgencyScopeAsync(User, Permissions.ManageAgencies, cancellationToken);
        return View(new AgencyListViewModel { Filter = filter, Items = items, Total = total, Page = page, PageSize = PageSize, CanManage = manage.AllAgencies });
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Detail(Guid id, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAgencyScopeAsync(User, Permissions.ViewAgencies, cancellationToken);
        var agency = await AgencyQuery.Scoped(db, scope).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (agency is null)
        {
            return NotFound();
        }

        var parent = agency.ParentId is { } p ? await db.Set<AgencyRecord>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == p, cancellationToken) : null;
        var history = await db.Set<AgencyStatusChange>().AsNoTracking().Where(h => h.AgencyId == id).OrderByDescending(h => h.Id).Take(200).ToListAsync(cancellationToken);
        var manage = await scopes.GetAgencyScopeAsync(User, Permissions.ManageAgencies, cancellationToken);
        return View(new AgencyDetailViewModel
        {
            Agency = agency,
            Parent = parent,
            Children = await db.Set<AgencyRecord>().CountAsync(a => a.ParentId == id, cancellationToken),
            History = history,
            CanManage = manage.Contains(id),
        });
    }

    [HttpGet("baru")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        (await scopes.GetAgencyScopeAsync(User, Permissions.ManageAgencies, cancellationToken)).AllAgencies
            ? View("Edit", new AgencyEditViewModel { CanEditIdentity = true })
            : Forbid();

    [HttpGet("{id:guid}/ubah")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAgencyScopeAsync(User, Permissions.ManageAgencies, cancellationToken);
        var agency = await AgencyQuery.Scoped(db, scope).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (agency is null)
        {
            return NotFound();
        }

        var parentCode = agency.ParentId is { } p ? await db.Set<AgencyRecord>().Where(a => a.Id == p).Select(a => a.Code).FirstOrDefaultAsync(cancellationToken) ?? "" : "";
        return View(new AgencyEditViewModel { Id = id, Edit = AgencyEdit.Of(agency, parentCode), CanEditIdentity = scope.AllAgencies });
    }

    [HttpPost("baru")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Create([FromForm(Name = "Edit")] AgencyEdit edit, CancellationToken cancellationToken) => SaveAsync(null, edit, cancellationToken);

    [HttpPost("{id:guid}/ubah")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Edit(Guid id, [FromForm(Name = "Edit")] AgencyEdit edit, CancellationToken cancellationToken) => SaveAsync(id, edit, cancellationToken);

    private async Task<IActionResult> SaveAsync(Guid? id, AgencyEdit edit, CancellationToken cancellationToken)
    {
        edit = edit.Normalized();
        var scope = await scopes.GetAgencyScopeAsync(User, Permissions.ManageAgencies, cancellationToken);
        AgencyRecord? existing = null;
        if (id is { } agencyId)
        {
            existing = await AgencyQuery.Scoped(db, scope).FirstOrDefaultAsync(a => a.Id == agencyId, cancellationToken);
            if (existing is null)
            {
                return NotFound();
            }

            // An agency user keeps the identity of their agency (code, kind, parent, region, office); BKN sets those.
            edit = edit with { Code = existing.Code };
            if (!scope.AllAgencies)
            {
                var parentCode = existing.ParentId is { } p ? await db.Set<AgencyRecord>().Where(a => a.Id == p).Select(a => a.Code).FirstOrDefaultAsync(cancellationToken) ?? "" : "";
                edit = edit with { Kind = existing.Kind, ParentCode = parentCode, Region = existing.Region, RegionalOffice = existing.RegionalOffice, Name = existing.Name };
            }
        }
        else if (!scope.AllAgencies)
        {
            return Forbid();
        }

        var codes = await db.Set<AgencyRecord>().AsNoTracking().Select(a => new { a.Code, a.Kind, a.Id }).ToListAsync(cancellationToken);
        var errors = AgencyRegistry.Validate(edit, c => codes.FirstOrDefault(x => string.Equals(x.Code, c, StringComparison.OrdinalIgnoreCase))?.Kind);
        if (id is null && codes.Any(c => string.Equals(c.Code, edit.Code.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            errors[nameof(AgencyEdit.Code)] = "Kode instansi sudah dipakai.";
        }

        if (errors.Count > 0)
        {
            return View("Edit", new AgencyEditViewModel { Id = id, Edit = edit, Errors = errors, CanEditIdentity = scope.AllAgencies });
        }

        await registry.SaveAsync([edit], User.FindFirstValue(ClaimTypes.NameIdentifier), User.Identity?.Name ?? "", cancellationToken);
        TempData["Success"] = t["Data instansi {0} disimpan.", edit.Code.Trim().ToUpperInvariant()].Value;
        return Redirect($"{AgenciesRoutes.Admin}/{id ?? AgencyCodes.IdOf(edit.Code)}");
    }

    [HttpGet("tabel-5")]
    public async Task<IActionResult> Tabel5(CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAgencyScopeAsync(User, Permissions.ViewAgencies, cancellationToken);
        var rows = await AgencyQuery.Scoped(db, scope).Where(a => a.Tabel5No != null).OrderBy(a => a.Tabel5No).ToListAsync(cancellationToken);
        return View(rows);
    }

    [HttpGet("dasbor")]
    public async Task<IActionResult> Dashboard(int? tahun, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAgencyScopeAsync(User, Permissions.ViewAgencies, cancellationToken);
        var agencies = await AgencyQuery.Scoped(db, scope).ToListAsync(cancellationToken);
        var targets = await db.Set<AgencyTarget>().AsNoTracking().OrderBy(x => x.Year).ToListAsync(cancellationToken);
        var year = tahun ?? (targets.Count > 0 ? targets[^1].Year : time.GetUtcNow().Year);
        static ShareRow Row(string label, IReadOnlyCollection<AgencyRecord> list) =>
            new(label, list.Count, list.Count(a => a.Integrated), list.Count(a => a.TrainingService), list.Count(a => a.ProductionService));

        return View(new AgencyDashboardViewModel
        {
            Year = year,
            TargetPercent = targets.FirstOrDefault(x => x.Year == year)?.TargetPercent,
            Overall = Row("Semua instansi", agencies),
            ByGroup = [.. agencies.GroupBy(a => a.ToInfo().Group).OrderBy(g => g.Key).Select(g => Row(g.Key switch { AgencyGroup.Pusat => "Instansi pusat", AgencyGroup.Provinsi => "Provinsi", _ => "Kabupaten/kota" }, [.. g]))],
            ByOffice = [.. agencies.GroupBy(a => a.RegionalOffice).OrderBy(g => Regions.Offices.ToList().IndexOf(g.Key)).Select(g => Row(g.Key, [.. g]))],
            ByStatus = [.. Enum.GetValues<IntegrationStatus>().Reverse().Select(s => (IntegrationRules.Label(s), agencies.Count(a => a.Status == s && (s != IntegrationStatus.Belum || a.TrainingService || a.ProductionService))))],
            Targets = targets,
            CanSetTarget = await permissions.HasPermissionAsync(User, Permissions.ManageIntegrationTargets, cancellationToken: cancellationToken),
            Scoped = !scope.AllAgencies,
        });
    }

    [HttpPost("target")]
    [ValidateAntiForgeryToken]
    [RequirePermission(Permissions.ManageIntegrationTargetsName)]
    public async Task<IActionResult> SetTarget(int tahun, int persen, CancellationToken cancellationToken)
    {
        try
        {
            await registry.SetTargetAsync(tahun, persen, cancellationToken);
            TempData["Success"] = t["Target integrasi {0} disimpan: {1}%.", tahun, persen].Value;
        }
        catch (AgencyRegistryException ex)
        {
            TempData["Error"] = t[ex.Message].Value;
        }

        return Redirect($"{AgenciesRoutes.Dashboard}?tahun={tahun}");
    }

    [HttpGet("ekspor")]
    public async Task<IActionResult> Export(string? q, string? jenis, string? wilayah, string? kanreg, string? integrasi, bool tabel5 = false, CancellationToken cancellationToken = default)
    {
        var scope = await scopes.GetAgencyScopeAsync(User, Permissions.ViewAgencies, cancellationToken);
        var filter = new AgencyFilter { Search = q, Kind = IntegrationRules.ParseKind(jenis), Region = wilayah, RegionalOffice = kanreg, Integration = integrasi, Tabel5Only = tabel5 };
        var rows = await AgencyQuery.Ordered(AgencyQuery.Filter(AgencyQuery.Scoped(db, scope), filter)).ToListAsync(cancellationToken);
        var codes = await db.Set<AgencyRecord>().AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Code, cancellationToken);
        return File(AgencyExcel.Export(rows, codes), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"registri-instansi-{time.GetUtcNow():yyyyMMdd}.xlsx");
    }

    [HttpGet("impor")]
    [RequirePermission(Permissions.ManageAgenciesName)]
    public IActionResult Import() => View(new AgencyImportViewModel());

    /// <summary>Reads the file and shows every row with its errors; nothing is saved yet.</summary>
    [HttpPost("impor")]
    [ValidateAntiForgeryToken]
    [RequirePermission(Permissions.ManageAgenciesName)]
    [RequestSizeLimit(10 * 1024 * 1024)]
    public async Task<IActionResult> Import(IFormFile? berkas, CancellationToken cancellationToken)
    {
        if (berkas is null || berkas.Length == 0)
        {
            ViewData["Error"] = t["Pilih berkas Excel (.xlsx) untuk diimpor."].Value;
            return View(new AgencyImportViewModel());
        }

        var scope = await scopes.GetAgencyScopeAsync(User, Permissions.ManageAgencies, cancellationToken);
        var existing = await db.Set<AgencyRecord>().AsNoTracking().Select(a => new { a.Code, a.Kind, a.Id }).ToDictionaryAsync(a => a.Code, StringComparer.OrdinalIgnoreCase, cancellationToken);
        await using var stream = berkas.OpenReadStream();
        var rows = AgencyExcel.Read(stream, c => existing.TryGetValue(c, out var a) ? a.Kind : null).Select(r =>
        {
            // An agency user may import only their own agency's row; new agencies are BKN's to add.
            var inScope = existing.TryGetValue(r.Edit.Code, out var a) ? scope.Contains(a.Id) : scope.AllAgencies;
            return inScope || r.Edit.Code.Length == 0 ? r : r with { Errors = [.. r.Errors, "Anda tidak berwenang mengubah atau menambah instansi ini."] };
        }).ToList();
        var valid = rows.Where(r => r.Valid).Select(r => r.Edit).ToList();
        var payload = valid.Count == 0 ? null : protection.CreateProtector(ImportPurpose).Protect(JsonSerializer.Serialize(valid));
        return View(new AgencyImportViewModel { Rows = rows, Payload = payload, FileName = Path.GetFileName(berkas.FileName) });
    }

    /// <summary>Saves the valid rows of a previewed file, all in one transaction.</summary>
    [HttpPost("impor/simpan")]
    [ValidateAntiForgeryToken]
    [RequirePermission(Permissions.ManageAgenciesName)]
    public async Task<IActionResult> ImportConfirm(string? payload, CancellationToken cancellationToken)
    {
        List<AgencyEdit>? edits;
        try
        {
            edits = JsonSerializer.Deserialize<List<AgencyEdit>>(protection.CreateProtector(ImportPurpose).Unprotect(payload ?? ""));
        }
        catch (Exception ex) when (ex is System.Security.Cryptography.CryptographicException or JsonException)
        {
            edits = null;
        }

        if (edits is not { Count: > 0 })
        {
            TempData["Error"] = t["Pratinjau impor tidak sah atau kedaluwarsa. Unggah berkasnya lagi."].Value;
            return Redirect($"{AgenciesRoutes.Admin}/impor");
        }

        // Checked again: the registry or the user's scope may have changed since the preview.
        var scope = await scopes.GetAgencyScopeAsync(User, Permissions.ManageAgencies, cancellationToken);
        var ids = await db.Set<AgencyRecord>().AsNoTracking().ToDictionaryAsync(a => a.Code, a => a.Id, StringComparer.OrdinalIgnoreCase, cancellationToken);
        if (edits.Any(e => ids.TryGetValue(e.Code, out var id) ? !scope.Contains(id) : !scope.AllAgencies))
        {
            return Forbid();
        }

        try
        {
            var count = await registry.SaveAsync(edits, User.FindFirstValue(ClaimTypes.NameIdentifier), User.Identity?.Name ?? "", cancellationToken);
            TempData["Success"] = t["{0} instansi diimpor.", count].Value;
        }
        catch (AgencyRegistryException ex)
        {
            TempData["Error"] = t["Impor dibatalkan, tidak ada yang disimpan: {0}", ex.Message].Value;
        }

        return Redirect(AgenciesRoutes.Admin);
    }

    private const string ImportPurpose = "Bkn.Cms.Agencies.Import";
}
