using Bkn.Cms.ModulContoh.Indexes;
using Bkn.Cms.ModulContoh.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.ModulContoh.Controllers;

/// <summary>The public list of the module's published items, read from its index table; each links to its own page.</summary>
[AllowAnonymous]
public sealed class ModulContohPublicController(DbContext db) : Controller
{
    public const int PageSize = 50;

    [HttpGet(ModulContohRoutes.Public)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new ModulContohListViewModel(await db.Set<ModulContohIndex>().AsNoTracking()
            .OrderByDescending(i => i.PublishedUtc).ThenBy(i => i.ContentItemId)
            .Take(PageSize)
            .ToListAsync(cancellationToken)));
}
