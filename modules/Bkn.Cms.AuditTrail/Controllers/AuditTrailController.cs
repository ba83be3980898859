using System.Globalization;
using System.Text;
using Bkn.Cms.AuditTrail.Models;
using Bkn.Cms.AuditTrail.Services;
using Bkn.Cms.AuditTrail.ViewModels;
using Bkn.Cms.Hosting;
using Bkn.Cms.Security;
using Bkn.Cms.Settings;
using Bkn.Cms.Units;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bkn.Cms.AuditTrail.Controllers;

/// <summary>Admin "Jejak Audit": newest events first with filters, CSV export and the retention setting.</summary>
[RequirePermission(Permissions.ViewAuditTrailName)]
[Route("admin/jejak-audit")]
public sealed class AuditTrailController(DbContext db, IPermissionService permissions, ISiteSettings settings, ISiteSettingsWriter writer, IUnitTree units, TimeProvider time, IStringLocalizer t, Microsoft.Extensions.Configuration.IConfiguration configuration) : Controller
{
    private TimeZoneInfo Zone => SiteTimeZone.From(configuration);

    private const int PageSize = 50;
    private const int ExportLimit = 100_000;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? category, string? user, string? content, DateOnly? from, DateOnly? to, long? before, CancellationToken cancellationToken)
    {
        var filter = new AuditFilter(category, user, content, from, to);
        var query = await FilteredAsync(filter, cancellationToken);
        if (before is { } b)
        {
            query = query.Where(e => e.Id < b);
        }

        var events = await query.OrderByDescending(e => e.Id).Take(PageSize + 1).ToListAsync(cancellationToken);
        long? next = null;
        if (events.Count > PageSize)
        {
            events.RemoveAt(PageSize);
            next = events[^1].Id;
        }

        var tree = await units.GetAsync(cancellationToken);
        return View(new AuditListViewModel(
            events,
            filter,
            next,
            AuditRetentionTask.RetentionDays(settings),
            await permissions.HasPermissionAsync(User, Permissions.ManageAuditTrail, cancellationToken: cancellationToken),
            tree.DepthFirst().ToDictionary(u => u.Id, u => u.Name)));
    }

    [HttpGet("ekspor")]
    public async Task<IActionResult> Export(string? category, string? user, string? content, DateOnly? from, DateOnly? to, string? format, CancellationToken cancellationToken)
    {
        var query = await FilteredAsync(new AuditFilter(category, user, content, from, to), cancellationToken);
        var events = await query.OrderByDescending(e => e.Id).Take(ExportLimit).ToListAsync(cancellationToken);
        if (format == "xlsx")
        {
            return File(
                AuditWorkbook.Build(events, (await units.GetAsync(cancellationToken)).DepthFirst().ToDictionary(u => u.Id, u => u.Name), Zone),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                $"jejak-audit-{SiteTimeZone.ToLocal(time.GetUtcNow().UtcDateTime, Zone):yyyyMMdd-HHmm}.xlsx");
        }

        var csv = new StringBuilder();
        csv.AppendLine($"Waktu ({SiteTimeZone.Abbreviation(Zone)});Kategori;Peristiwa;Ringkasan;Pengguna;Unit;Konten;Tipe;Versi lama;Versi baru");
        foreach (var e in events)
        {
            csv.AppendJoin(';', [
                SiteTimeZone.ToLocal(e.OccurredUtc, Zone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), e.Category, e.Name, Cell(e.Summary), Cell(e.UserName),
                e.UnitId?.ToString(), e.ContentItemId, e.ContentType, e.PreviousVersionId, e.VersionId]).AppendLine();
        }

        // UTF-8 with BOM so that spreadsheet programs read Indonesian text correctly.
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray();
        return File(bytes, "text/csv; charset=utf-8", $"jejak-audit-{SiteTimeZone.ToLocal(time.GetUtcNow().UtcDateTime, Zone):yyyyMMdd-HHmm}.csv");
    }

    [HttpPost("masa-simpan")]
    [RequirePermission(Permissions.ManageAuditTrailName)]
    public async Task<IActionResult> Retention(int days, CancellationToken cancellationToken)
    {
        if (days is < 30 or > 3650)
        {
            TempData["Error"] = t["Masa simpan harus antara 30 dan 3650 hari."].Value;
            return RedirectToAction(nameof(Index));
        }

        await writer.SetAsync(User, Permissions.ManageAuditTrail, new Dictionary<string, string> { [AuditRetentionTask.RetentionDaysKey] = days.ToString(CultureInfo.InvariantCulture) }, cancellationToken);
        TempData["Success"] = t["Masa simpan jejak audit diubah menjadi {0} hari.", days].Value;
        return RedirectToAction(nameof(Index));
    }

    private async Task<IQueryable<AuditEventRecord>> FilteredAsync(AuditFilter filter, CancellationToken cancellationToken)
    {
        var query = db.Set<AuditEventRecord>().AsNoTracking();
        var scope = await permissions.GetUnitScopeAsync(User, Permissions.ViewAuditTrail, cancellationToken);
        if (!scope.AllUnits)
        {
            var visible = scope.UnitIds.ToList();
            query = query.Where(e => e.UnitId != null && visible.Contains(e.UnitId.Value));
        }

        if (!string.IsNullOrEmpty(filter.Category))
        {
            query = query.Where(e => e.Category == filter.Category);
        }

        if (!string.IsNullOrWhiteSpace(filter.User))
        {
            var name = filter.User.Trim();
            query = query.Where(e => e.UserName == name);
        }

        if (!string.IsNullOrWhiteSpace(filter.Content))
        {
            var id = filter.Content.Trim();
            query = query.Where(e => e.ContentItemId == id);
        }

        if (filter.From is { } from)
        {
            // The dates a person picks are local (WIB) days.
            var start = TimeZoneInfo.ConvertTimeToUtc(from.ToDateTime(TimeOnly.MinValue), Zone);
            query = query.Where(e => e.OccurredUtc >= start);
        }

        if (filter.To is { } to)
        {
            var end = TimeZoneInfo.ConvertTimeToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue), Zone);
            query = query.Where(e => e.OccurredUtc < end);
        }

        return query;
    }

    private static string Cell(string? value) =>
        value is null ? "" : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
