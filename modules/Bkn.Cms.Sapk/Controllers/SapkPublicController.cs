using Bkn.Cms.Hosting;
using Bkn.Cms.Sapk.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace Bkn.Cms.Sapk.Controllers;

/// <summary>The public SAPK figures under the public information pages: latest confirmed totals, groups and trend.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicOutputCache.PolicyName)]
public sealed class SapkPublicController(SapkDashboard dashboard) : Controller
{
    [HttpGet(SapkRoutes.Public)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await dashboard.PublicSummaryAsync(cancellationToken));
}
