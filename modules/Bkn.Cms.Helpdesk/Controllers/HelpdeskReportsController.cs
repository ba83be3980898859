using Bkn.Cms.Helpdesk.Services;
using Bkn.Cms.Security;
using Microsoft.AspNetCore.Mvc;

namespace Bkn.Cms.Helpdesk.Controllers;

/// <summary>"Laporan Helpdesk": figures and charts for a period, and the same as an Excel workbook.</summary>
[RequirePermission(Permissions.ViewReportsName)]
[Route("admin/helpdesk/laporan")]
public sealed class HelpdeskReportsController(HelpdeskReports reports, IPermissionService permissions, HelpdeskSettings settings, TimeProvider time) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(DateOnly? dari, DateOnly? sampai, CancellationToken cancellationToken) =>
        View(await BuildAsync(dari, sampai, cancellationToken));

    [HttpGet("ekspor")]
    public async Task<IActionResult> Export(DateOnly? dari, DateOnly? sampai, CancellationToken cancellationToken)
    {
        var report = await BuildAsync(dari, sampai, cancellationToken);
        return File(HelpdeskReports.ToExcel(report), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"laporan-helpdesk-{report.From:yyyyMMdd}-{report.To:yyyyMMdd}.xlsx");
    }

    private async Task<ViewModels.HelpdeskReport> BuildAsync(DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(time.GetUtcNow().UtcDateTime, settings.Zone));
        var scope = await permissions.GetUnitScopeAsync(User, Permissions.ViewReports, cancellationToken);
        return await reports.BuildAsync(from ?? today.AddDays(-29), to ?? today, scope, cancellationToken);
    }
}
