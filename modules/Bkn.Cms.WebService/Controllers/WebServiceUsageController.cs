using Bkn.Cms.Agencies;
using Bkn.Cms.Security;
using Bkn.Cms.WebService.Services;
using Bkn.Cms.WebService.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace Bkn.Cms.WebService.Controllers;

/// <summary>"Penggunaan Layanan Web" (calls per day, errors, p95 per agency) and "Peringatan" (calls from refused addresses).</summary>
[RequirePermission(Permissions.ViewUsageName)]
[Route("admin/layanan-web")]
public sealed class WebServiceUsageController(WsUsageReports reports, IAgencyDirectory directory, IAgencyScopeService scopes) : Controller
{
    [HttpGet("penggunaan")]
    public async Task<IActionResult> Usage(string? instansi, int? hari, CancellationToken cancellationToken)
    {
        var days = Math.Clamp(hari ?? 30, 1, WsUsageReports.MaxDays);
        var scope = await scopes.GetAgencyScopeAsync(User, Permissions.ViewUsage, cancellationToken);
        var agencies = await directory.GetAsync(cancellationToken);
        var totals = await reports.AgenciesAsync(scope, days, cancellationToken);
        var selected = agencies.FindByCode(instansi);
        if (selected is not null && !scope.Contains(selected.Id))
        {
            selected = null;
        }

        selected ??= totals.Count > 0 ? agencies.Find(totals[0].AgencyId) : null;
        var daily = selected is null ? [] : await reports.DailyAsync(selected.Id, days, cancellationToken);
        return View(new WsUsageViewModel(days, totals, agencies, selected, daily));
    }

    [HttpGet("peringatan")]
    public async Task<IActionResult> Alerts(CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAgencyScopeAsync(User, Permissions.ViewUsage, cancellationToken);
        return View(new WsAlertsViewModel(await reports.AlertsAsync(scope, 200, cancellationToken), await directory.GetAsync(cancellationToken)));
    }
}
