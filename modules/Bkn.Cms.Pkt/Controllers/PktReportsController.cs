using Bkn.Cms.Pkt.Services;
using Bkn.Cms.Pkt.ViewModels;
using Bkn.Cms.Security;
using Microsoft.AspNetCore.Mvc;

namespace Bkn.Cms.Pkt.Controllers;

/// <summary>Monthly PKT reports for the counters of the user's units, on screen and as Excel.</summary>
[RequirePermission(Permissions.ViewReportsName)]
[Route("admin/pkt/laporan")]
public sealed class PktReportsController(PktReports reports, PktAccess access, PktQueue queue) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? bulan, CancellationToken cancellationToken)
    {
        var first = Month(bulan);
        var counters = (await access.CountersAsync(User, Permissions.ViewReports, cancellationToken)).Select(c => c.Code).ToList();
        var report = await reports.MonthAsync(first, counters, cancellationToken);
        return View(new PktReportViewModel(report.Month, report));
    }

    [HttpGet("excel")]
    public async Task<IActionResult> Excel(string? bulan, CancellationToken cancellationToken)
    {
        var first = Month(bulan);
        var counters = (await access.CountersAsync(User, Permissions.ViewReports, cancellationToken)).Select(c => c.Code).ToList();
        var report = await reports.MonthAsync(first, counters, cancellationToken);
        return File(PktReports.Excel(report), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"laporan-pkt-{report.Month}.xlsx");
    }

    private DateOnly Month(string? text) =>
        PktReports.TryParseMonth(text, out var first) ? first : new DateOnly(queue.Today.Year, queue.Today.Month, 1);
}
