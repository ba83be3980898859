using Bkn.Cms.Data;
using Bkn.Cms.Features;
using Bkn.Cms.Modules;
using Bkn.Cms.Navigation;
using Bkn.Themes.Admin.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Themes.Admin.Controllers;

/// <summary>The admin start page: what the user can reach, and a few counts.</summary>
[Authorize]
public sealed class DashboardController(ICmsDbContext db, IModuleCatalog catalog, IFeatureChecker features, IAdminMenu menu) : Controller
{
    [HttpGet("/admin")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var model = new DashboardViewModel(
            await db.Units.CountAsync(cancellationToken),
            await db.Users.CountAsync(cancellationToken),
            catalog.Features.Count(f => features.IsEnabled(f.Id)),
            catalog.Features.Count,
            await menu.GetVisibleItemsAsync(User, cancellationToken));
        return View(model);
    }
}
