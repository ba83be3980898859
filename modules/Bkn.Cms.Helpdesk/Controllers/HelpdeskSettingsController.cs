using System.Globalization;
using Bkn.Cms.Helpdesk.Models;
using Bkn.Cms.Helpdesk.Services;
using Bkn.Cms.Helpdesk.ViewModels;
using Bkn.Cms.Security;
using Bkn.Cms.Settings;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Helpdesk.Controllers;

/// <summary>
/// "Pengaturan Helpdesk": routing (category → team) and SLA hours per category, working calendar, periods. The calendar
/// and the periods (warning, auto-close, reopen, retention) apply to every unit, so they need "ManageHelpdesk" for all
/// units; a manager of some units changes only the categories routed to their units' teams, and only among those teams.
/// </summary>
[RequirePermission(Permissions.ManageName)]
[Route("admin/helpdesk/pengaturan")]
public sealed class HelpdeskSettingsController(DbContext db, ISiteSettings settings, ISiteSettingsWriter writer, IPermissionService permissions) : Controller
{
    public const string GlobalRefused = "Kalender kerja dan periode (peringatan, tutup otomatis, buka kembali, masa simpan) berlaku untuk semua unit. Hanya pemegang izin \"Mengatur helpdesk\" untuk semua unit yang dapat mengubahnya; tidak ada yang disimpan.";
    public const string CategoryRefused = "Kategori {0} dirutekan ke tim unit lain. Rute dan batas waktunya hanya dapat diubah oleh pengelola unit tersebut; tidak ada yang disimpan.";
    public const string TeamRefused = "Kategori {0} hanya dapat dirutekan ke tim di unit Anda; tidak ada yang disimpan.";

    /// <summary>Form fields of the settings that apply to every unit, with their site-setting keys and defaults.</summary>
    private static readonly (string Key, string Field, string Default)[] GlobalFields =
    [
        (HelpdeskSettings.CalendarEnabledKey, "kalender", "false"),
        (HelpdeskSettings.HolidaysKey, "libur", ""),
        (HelpdeskSettings.WarnBeforeHoursKey, "peringatan", "4"),
        (HelpdeskSettings.AutoCloseDaysKey, "tutup-otomatis", "7"),
        (HelpdeskSettings.ReopenDaysKey, "buka-kembali", "7"),
        (HelpdeskSettings.RetentionDaysKey, "masa-simpan", "365"),
        (HelpdeskSettings.WorkStartKey, "mulai", "08:00"),
        (HelpdeskSettings.WorkEndKey, "selesai", "16:00"),
    ];

    [HttpGet("")]
    public async Task<IActionResult> Index(string? ok, CancellationToken cancellationToken) =>
        View(await ModelAsync(ok is not null, [], cancellationToken));

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Save(IFormCollection form, CancellationToken cancellationToken)
    {
        var scope = await permissions.GetUnitScopeAsync(User, Permissions.Manage, cancellationToken);
        var categories = await db.Set<HelpdeskCategory>().ToListAsync(cancellationToken);
        var teams = await db.Set<HelpdeskTeam>().AsNoTracking().ToDictionaryAsync(t => t.Id, cancellationToken);
        bool InScope(string teamId) => teams.TryGetValue(teamId, out var team) && scope.Contains(team.UnitId);
        var errors = new List<string>();
        var refusals = new List<string>();
        foreach (var category in categories)
        {
            var (slaText, team) = (form[$"sla-{category.Id}"].ToString(), form[$"tim-{category.Id}"].ToString());
            if (!InScope(category.TeamId))
            {
                // Not shown to this user; posted anyway, it may only repeat what is stored.
                if ((slaText.Length > 0 && slaText != category.SlaHours.ToString(CultureInfo.InvariantCulture)) || (team.Length > 0 && team != category.TeamId))
                {
                    refusals.Add(string.Format(CultureInfo.InvariantCulture, CategoryRefused, category.Name));
                }

                continue;
            }

            if (int.TryParse(slaText, NumberStyles.None, CultureInfo.InvariantCulture, out var hours) && hours is >= 1 and <= 720)
            {
                category.SlaHours = hours;
            }
            else
            {
                errors.Add($"SLA kategori {category.Name} harus 1–720 jam.");
            }

            if (teams.ContainsKey(team))
            {
                if (InScope(team))
                {
                    category.TeamId = team;
                }
                else
                {
                    refusals.Add(string.Format(CultureInfo.InvariantCulture, TeamRefused, category.Name));
                }
            }
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (scope.AllUnits)
        {
            ReadGlobal(form, values, errors);
        }
        else if (GlobalFields.Any(g => form.ContainsKey(g.Field)))
        {
            // The page shows these fields only to global managers; a post that would change one is refused outright.
            ReadGlobal(form, values, errors);
            if (values.Any(v => v.Value != settings.Get(v.Key, GlobalFields.First(g => g.Key == v.Key).Default)))
            {
                refusals.Insert(0, GlobalRefused);
            }

            values.Clear();
        }

        if (refusals.Count > 0 || errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            Response.StatusCode = refusals.Count > 0 ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest;
            return View(nameof(Index), await ModelAsync(false, [.. refusals, .. errors], cancellationToken));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        // Also with no values (a unit-scoped save): the writer bumps the settings stamp, which reloads the category cache.
        await writer.SetAsync(values, cancellationToken);

        await transaction.CommitAsync(cancellationToken);
        return Redirect("/admin/helpdesk/pengaturan?ok=1");
    }

    private static void ReadGlobal(IFormCollection form, Dictionary<string, string> values, List<string> errors)
    {
        values[HelpdeskSettings.CalendarEnabledKey] = form["kalender"] == "true" ? "true" : "false";
        values[HelpdeskSettings.HolidaysKey] = string.Join('\n', HelpdeskSettings.ParseHolidays(form["libur"].ToString()).Order().Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
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
    }

    private async Task<HelpdeskSettingsViewModel> ModelAsync(bool saved, IReadOnlyList<string> errors, CancellationToken cancellationToken)
    {
        var scope = await permissions.GetUnitScopeAsync(User, Permissions.Manage, cancellationToken);
        var teams = await db.Set<HelpdeskTeam>().AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken);
        return new HelpdeskSettingsViewModel(
            await db.Set<HelpdeskCategory>().AsNoTracking().OrderBy(c => c.SortOrder).ToListAsync(cancellationToken),
            teams,
            teams.Where(t => scope.Contains(t.UnitId)).Select(t => t.Id).ToHashSet(StringComparer.Ordinal),
            scope.AllUnits,
            settings,
            saved,
            errors);
    }
}
