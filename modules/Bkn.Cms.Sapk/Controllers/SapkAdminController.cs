using Bkn.Cms.Agencies;
using Bkn.Cms.Sapk.Models;
using Bkn.Cms.Sapk.Services;
using Bkn.Cms.Sapk.ViewModels;
using Bkn.Cms.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bkn.Cms.Sapk.Controllers;

/// <summary>
/// The SAPK dashboard (agency-scoped: an agency user sees their own agency only) with its Excel export, and the data
/// pages for managers: upload with preview and confirmation, periods, the pull and its runs.
/// </summary>
[RequirePermission(Permissions.ViewSapkName)]
public sealed class SapkAdminController(
    SapkDashboard dashboard,
    IAgencyScopeService agencyScopes,
    IOptions<SapkOptions> options) : Controller
{
    private const string ExcelType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [HttpGet(SapkRoutes.Dashboard)]
    public async Task<IActionResult> Index(string? periode, string? wilayah, AgencyGroup? kelompok, int? halaman, CancellationToken cancellationToken)
    {
        var scope = await agencyScopes.GetAgencyScopeAsync(User, Permissions.ViewSapk, cancellationToken);
        if (scope.IsEmpty)
        {
            return Forbid();
        }

        return View(await dashboard.BuildPageAsync(new SapkFilter(SapkPeriodKey.Parse(periode), wilayah, kelompok, halaman ?? 1), scope, cancellationToken));
    }

    [HttpGet(SapkRoutes.Export)]
    public async Task<IActionResult> Export(string? periode, string? wilayah, AgencyGroup? kelompok, string? tabel, CancellationToken cancellationToken)
    {
        var scope = await agencyScopes.GetAgencyScopeAsync(User, Permissions.ViewSapk, cancellationToken);
        if (scope.IsEmpty)
        {
            return Forbid();
        }

        var report = await dashboard.BuildAsync(new SapkFilter(SapkPeriodKey.Parse(periode), wilayah, kelompok), scope, cancellationToken);
        var table = tabel is not null && SapkDashboard.Tables.ContainsKey(tabel) ? tabel.ToLowerInvariant() : null;
        return File(SapkDashboard.ToExcel(report, table), ExcelType, $"statistik-sapk-{(report.Period is { } p ? SapkPeriodKey.Format(p) : "kosong")}{(table is null ? "" : "-" + table)}.xlsx");
    }

    [HttpGet(SapkRoutes.Template)]
    public async Task<IActionResult> Template(string? format, [FromServices] IAgencyDirectory directory, [FromServices] TimeProvider time, CancellationToken cancellationToken)
    {
        var snapshot = await directory.GetAsync(cancellationToken);
        var examples = snapshot.All.Select(a => a.Code).Take(3).DefaultIfEmpty("PUSAT-BKN");
        var period = SapkPeriodKey.Previous(SapkPeriodKey.Of(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)));
        return string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase)
            ? File(SapkFile.ExcelTemplate(options.Value.ModuleList, examples, period), ExcelType, "templat-sapk.xlsx")
            : File(SapkFile.CsvTemplate(options.Value.ModuleList, examples, period), "text/csv; charset=utf-8", "templat-sapk.csv");
    }
}

/// <summary>The data pages: upload, preview, confirm or discard, periods and the pull. Changing a period needs the permission for every agency.</summary>
[RequirePermission(Permissions.ManageSapkName)]
public sealed class SapkDataController(
    DbContext db,
    SapkImportService imports,
    SapkFigureStore store,
    SapkPuller puller,
    IAgencyScopeService agencyScopes,
    IOptions<SapkOptions> options) : Controller
{
    private string Actor => User.Identity?.Name ?? "?";

    private async Task<bool> ManagesAllAsync(CancellationToken cancellationToken) =>
        (await agencyScopes.GetAgencyScopeAsync(User, Permissions.ManageSapk, cancellationToken)).AllAgencies;

    [HttpGet(SapkRoutes.Import)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        if (!await ManagesAllAsync(cancellationToken))
        {
            return Forbid();
        }

        return View(await DataPageAsync(cancellationToken));
    }

    [HttpPost(SapkRoutes.Upload)]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(SapkFile.MaxBytes + 64 * 1024)]
    public async Task<IActionResult> Upload(IFormFile? berkas, CancellationToken cancellationToken)
    {
        if (!await ManagesAllAsync(cancellationToken))
        {
            return Forbid();
        }

        if (berkas is null || berkas.Length == 0)
        {
            var page = await DataPageAsync(cancellationToken);
            page.Error = "Pilih berkas CSV atau Excel untuk diunggah.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(Index), page);
        }

        if (berkas.Length > SapkFile.MaxBytes)
        {
            var page = await DataPageAsync(cancellationToken);
            page.Error = "Berkas terlalu besar (paling besar 20 MB).";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(Index), page);
        }

        using var buffer = new MemoryStream();
        await berkas.CopyToAsync(buffer, cancellationToken);
        var outcome = await imports.UploadAsync(berkas.FileName, buffer.ToArray(), Actor, cancellationToken);
        if (outcome.Batch is null)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return View("Preview", new SapkPreviewViewModel(outcome, options.Value.ModuleList));
    }

    [HttpGet(SapkRoutes.Batch + "/{id:guid}")]
    public async Task<IActionResult> Batch(Guid id, CancellationToken cancellationToken)
    {
        if (!await ManagesAllAsync(cancellationToken))
        {
            return Forbid();
        }

        var outcome = await imports.PreviewAsync(id, cancellationToken);
        return outcome is null ? NotFound() : View("Preview", new SapkPreviewViewModel(outcome, options.Value.ModuleList));
    }

    [HttpPost(SapkRoutes.Batch + "/{id:guid}/konfirmasi")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Confirm(Guid id, CancellationToken cancellationToken)
    {
        if (!await ManagesAllAsync(cancellationToken))
        {
            return Forbid();
        }

        var outcome = await imports.ConfirmAsync(id, Actor, cancellationToken);
        if (outcome is null)
        {
            return NotFound();
        }

        if (!outcome.Check.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Preview", new SapkPreviewViewModel(outcome, options.Value.ModuleList));
        }

        TempData["SapkMessage"] = outcome.Applied
            ? $"Data periode {outcome.Batch!.Periods} dikonfirmasi: {outcome.Check.Records.Count:N0} baris."
            : "Unggahan ini sudah dikonfirmasi atau dibuang sebelumnya; tidak ada yang berubah.";
        return Redirect(SapkRoutes.Import);
    }

    [HttpPost(SapkRoutes.Batch + "/{id:guid}/buang")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Discard(Guid id, CancellationToken cancellationToken)
    {
        if (!await ManagesAllAsync(cancellationToken))
        {
            return Forbid();
        }

        TempData["SapkMessage"] = await imports.DiscardAsync(id, cancellationToken) ? "Unggahan dibuang; tidak ada data yang berubah." : "Unggahan tidak menunggu konfirmasi.";
        return Redirect(SapkRoutes.Import);
    }

    [HttpPost(SapkRoutes.Import + "/periode/{periode}/konfirmasi")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> ConfirmPeriod(string periode, CancellationToken cancellationToken)
    {
        if (!await ManagesAllAsync(cancellationToken))
        {
            return Forbid();
        }

        if (SapkPeriodKey.Parse(periode) is not { } period || !await store.ConfirmAsync(period, Actor, cancellationToken))
        {
            return NotFound();
        }

        TempData["SapkMessage"] = $"Periode {SapkPeriodKey.Format(period)} dikonfirmasi.";
        return Redirect(SapkRoutes.Import);
    }

    [HttpPost(SapkRoutes.Pull)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Pull(string? periode, CancellationToken cancellationToken)
    {
        if (!await ManagesAllAsync(cancellationToken))
        {
            return Forbid();
        }

        var period = SapkPeriodKey.Parse(periode) ?? puller.DuePeriod;
        var run = await puller.PullAsync(period, Actor, cancellationToken);
        TempData["SapkMessage"] = (run.Succeeded ? "Tarik data berhasil: " : "Tarik data gagal: ") + run.Message;
        return Redirect(SapkRoutes.Import);
    }

    private async Task<SapkDataViewModel> DataPageAsync(CancellationToken cancellationToken) => new()
    {
        Periods = await db.Set<SapkPeriod>().AsNoTracking().OrderByDescending(p => p.Period).Take(120).ToListAsync(cancellationToken),
        Batches = await db.Set<SapkImportBatch>().AsNoTracking().OrderByDescending(b => b.UploadedUtc).Take(20)
            .Select(b => new SapkImportBatch { Id = b.Id, FileName = b.FileName, Status = b.Status, UploadedUtc = b.UploadedUtc, UploadedBy = b.UploadedBy, ConfirmedUtc = b.ConfirmedUtc, RowCount = b.RowCount, Periods = b.Periods })
            .ToListAsync(cancellationToken),
        Runs = await db.Set<SapkPullRun>().AsNoTracking().OrderByDescending(r => r.Id).Take(30).ToListAsync(cancellationToken),
        Modules = options.Value.ModuleList,
        PullEnabled = options.Value.Pull.Enabled,
        DuePeriod = puller.DuePeriod,
        Message = TempData["SapkMessage"] as string,
    };
}
