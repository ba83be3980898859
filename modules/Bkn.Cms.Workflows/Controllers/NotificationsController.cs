using System.Security.Claims;
using Bkn.Cms.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Workflows.Controllers;

/// <summary>The signed-in user's own notifications ("Notifikasi"); personal, so no permission beyond signing in.</summary>
[Authorize]
[Route("admin/notifikasi")]
public sealed class NotificationsController(ICmsDbContext db, TimeProvider time) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var items = await db.Notifications.AsNoTracking().Where(n => n.UserId == userId).OrderByDescending(n => n.Id).Take(100).ToListAsync(cancellationToken);
        return View(items);
    }

    [HttpPost("baca")]
    public async Task<IActionResult> MarkRead(long? id, CancellationToken cancellationToken)
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var now = time.GetUtcNow().UtcDateTime;
        await db.Notifications.Where(n => n.UserId == userId && n.ReadUtc == null && (id == null || n.Id == id))
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadUtc, now), cancellationToken);
        var url = id is null ? null : await db.Notifications.Where(n => n.Id == id && n.UserId == userId).Select(n => n.Url).FirstOrDefaultAsync(cancellationToken);
        return url is not null && Url.IsLocalUrl(url) ? LocalRedirect(url) : RedirectToAction(nameof(Index));
    }
}
