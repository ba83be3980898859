using System.Globalization;
using Bkn.Cms.Helpdesk.Models;
using Bkn.Cms.Helpdesk.Services;
using Bkn.Cms.Security;
using Bkn.Cms.Settings;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Helpdesk.Controllers;

/// <summary>"Pengaturan Helpdesk": routing (category → team) and SLA hours per category, working calendar, periods.</summary>
[RequirePermission(Permissions.ManageName)]
[Route("admin/helpdesk/pengaturan")]
public sealed class HelpdeskSettingsController(DbContext db, ISiteSettings settings, ISiteSettingsWriter writer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? ok, CancellationToken cancellationToken)
    {
        ViewData["Ok"] = ok;
        ViewData["Teams"] = await db.Set<HelpdeskTeam>().AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken);
        ViewData["Settings"] = settings;
        return View(await db.Set<HelpdeskCategory>().AsNoTracking().OrderBy(c => c.SortOrder).ToListAsync(cancellationToken));
    }

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Save(IFormCollection form, CancellationToken cancellationToken)
    {
        var categories = await db.Set<HelpdeskCategory>().ToListAsync(cancellationToken);
        var teams = await db.Set<HelpdeskTeam>().Select(t => t.Id).ToListAsync(cancellationToken);
        var errors = new List<string>();
        foreach (var category in categories)
        {
            if (int.TryParse(form[$"sla-{category.Id}"], NumberStyles.None, CultureInfo.InvariantCulture, out var hours) && hours is >= 1 and <= 720)
            {
                category.SlaHours = hours;
            }
            else
            {
                errors.Add($"SLA kategori {category.Name} harus 1–720 jam.");
            }

            var team = form[$"tim-{category.Id}"].ToString();
            if (teams.Contains(team))
            {
                category.TeamId = team;
            }
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [HelpdeskSettings.CalendarEnabledKey] = form["kalender"] == "true" ? "true" : "false",
            [HelpdeskSettings.HolidaysKey] = string.Join('\n', HelpdeskSettings.ParseHolidays(form["libur"].ToString()).Order().Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
        };
        foreach (var (key, field, min, max) in new[]
        {
            (HelpdeskSettings.WarnBeforeHoursKey, "peringatan", 1, 47),
            (HelpdeskSettings.AutoCloseDaysKey, "tutup-otomatis", 1, 90),
            (HelpdeskSettings.ReopenDaysKey, "buka-kembali", 1, 90),
            (HelpdeskSettings.RetentionDaysKey, "masa-simpan", 30, 3650),
        })
        {
            if (int.TryParse(form[field], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
            {
                values[key] = n.ToString(CultureInfo.InvariantCulture);
            }
            else
            {
                errors.Add($"Isian '{field}' harus {min}–{max}.");
            }
        }

        foreach (var (key, field) in new[] { (HelpdeskSettings.WorkStartKey, "mulai"), (HelpdeskSettings.WorkEndKey, "selesai") })
        {
            if (TimeOnly.TryParseExact(form[field], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
            {
                values[key] = at.ToString("HH:mm", CultureInfo.InvariantCulture);
            }
            else
            {
                errors.Add("Jam kerja harus berformat JJ:MM.");
            }
        }

        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            ViewData["Errors"] = errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await Index(null, cancellationToken);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await writer.SetAsync(values, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Redirect("/admin/helpdesk/pengaturan?ok=1");
    }
}
