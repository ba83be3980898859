using Bkn.Cms.ContentManagement;
using Bkn.Cms.Contents.Indexes;
using Bkn.Cms.Contents.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Contents.Controllers;

/// <summary>Serves published items at their path; old paths answer 301 to the current one.</summary>
public sealed class ContentDisplayController(DbContext db, IContentManager content, ContentRenderer renderer, ICompositeViewEngine viewEngine) : Controller
{
    [HttpGet("{**path}", Order = int.MaxValue)]
    public async Task<IActionResult> Display(string? path, CancellationToken cancellationToken)
    {
        path = (path ?? "").Trim('/');
        if (path.Length == 0 || path.Length > 400)
        {
            return NotFound();
        }

        var entry = await db.Set<AutorouteEntry>().AsNoTracking().FirstOrDefaultAsync(e => e.Path == path, cancellationToken);
        if (entry is null)
        {
            var redirect = await db.Set<AutorouteRedirect>().AsNoTracking().FirstOrDefaultAsync(r => r.Path == path, cancellationToken);
            var target = redirect is null ? null : await db.Set<AutorouteEntry>().AsNoTracking().FirstOrDefaultAsync(e => e.ContentItemId == redirect.ContentItemId, cancellationToken);
            return target is null ? NotFound() : RedirectPermanent("/" + target.Path);
        }

        var item = await content.GetAsync(entry.ContentItemId, VersionOptions.Published, cancellationToken);
        if (item is null || renderer.Display(item, preview: false) is not { } model)
        {
            return NotFound();
        }

        var view = ContentRenderer.ViewNames(item.ContentType, "Detail").First(name => viewEngine.GetView(null, name, isMainPage: true).Success);
        return View(view, model);
    }
}
