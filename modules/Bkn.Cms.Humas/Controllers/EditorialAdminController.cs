using Bkn.Cms.ContentManagement;
using Bkn.Cms.Contents.Models;
using Bkn.Cms.Contents.Services;
using Bkn.Cms.Humas.Indexes;
using Bkn.Cms.Humas.Models;
using Bkn.Cms.Humas.Services;
using Bkn.Cms.Humas.ViewModels;
using Bkn.Cms.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ContentPermissions = Bkn.Cms.Contents.ContentPermissions;

namespace Bkn.Cms.Humas.Controllers;

/// <summary>"Redaksi Humas": the editorial desk where writers submit and a second editor reviews, approves, withdraws and unpublishes.</summary>
[RequirePermission(EditorialAccess.DeskRequirement)]
[Route("admin/redaksi")]
public sealed class EditorialAdminController(
    DbContext db,
    IContentManager content,
    IPermissionService permissions,
    EditorialService editorial,
    PublicationQueries queries,
    SiteClock clock,
    IContentRenderer renderer,
    IStringLocalizer t) : Controller
{
    private const int MaxRows = 100;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? status, CancellationToken cancellationToken)
    {
        var scopes = new Dictionary<string, UnitScope>(StringComparer.Ordinal);
        foreach (var type in HumasTypes.Editorial)
        {
            scopes[type] = await EditorialAccess.ScopeAsync(permissions, User, type, cancellationToken);
        }

        var query = db.Set<EditorialState>().AsNoTracking();
        if (!string.IsNullOrEmpty(status))
        {
            query = query.Where(s => s.Status == status);
        }

        var states = await query.OrderByDescending(s => s.ModifiedUtc).Take(MaxRows).ToListAsync(cancellationToken);
        var rows = new List<(ContentItem, EditorialState)>();
        foreach (var state in states)
        {
            if (await content.GetAsync(state.ContentItemId, VersionOptions.Latest, cancellationToken) is { } item
                && scopes.TryGetValue(item.ContentType, out var scope) && scope.Contains(item.UnitId))
            {
                rows.Add((item, state));
            }
        }

        var writable = HumasTypes.Editorial.Order(StringComparer.Ordinal).Where(t => !scopes[t].IsEmpty).ToList();
        return View(new EditorialDeskViewModel(rows, status) { Writable = writable });
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Item(string id, CancellationToken cancellationToken)
    {
        var latest = await content.GetAsync(id, VersionOptions.Latest, cancellationToken);
        if (latest is null || !HumasTypes.Editorial.Contains(latest.ContentType)
            || !await EditorialAccess.CanWriteAsync(permissions, User, latest.ContentType, latest.UnitId, cancellationToken))
        {
            return NotFound();
        }

        var published = await content.GetAsync(id, VersionOptions.Published, cancellationToken);
        var state = await editorial.StateAsync(latest, cancellationToken);
        var userId = User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
        return View(new EditorialItemViewModel(
            latest,
            published,
            state,
            await queries.ChangeNotesAsync(id, cancellationToken),
            CanSubmit: state.Status is not (EditorialStatus.Review or EditorialStatus.Approved) && !latest.Published,
            CanReview: await permissions.HasPermissionAsync(User, Permissions.ReviewPublications, latest.UnitId, cancellationToken),
            IsOwnSubmission: userId is not null && (userId == state.SubmittedBy || userId == latest.Author),
            PublicPath: published?.As<AutoroutePart>()?.Path,
            BodyHtml: renderer.Display(latest, preview: true)?.BodyHtml ?? "",
            Changes: published is null ? [] : Changes(published, latest)));
    }

    /// <summary>What the reviewer must read: each field the draft changed since the published version, word by word.</summary>
    private static List<EditorialChange> Changes(ContentItem published, ContentItem latest)
    {
        string[] ignored = ["AutoroutePart.", "PublishLaterPart.", "UnpublishLaterPart.", "EditorialPart.", "TitlePart."];
        var before = TextDiff.Flatten(published);
        var after = TextDiff.Flatten(latest);
        return [.. before.Keys.Union(after.Keys).Order(StringComparer.Ordinal)
            .Select(path => (Path: path, Left: before.GetValueOrDefault(path, ""), Right: after.GetValueOrDefault(path, "")))
            .Where(row => row.Left != row.Right && !ignored.Any(p => row.Path.StartsWith(p, StringComparison.Ordinal)))
            .OrderBy(row => row.Path == "DisplayText" ? 0 : row.Path == "BodyPart.Body" ? 1 : 2)
            .Select(row => new EditorialChange(Label(row.Path), TextDiff.Words(row.Left, row.Right)))];
    }

    private static string Label(string path) => path switch
    {
        "DisplayText" => "Judul",
        "BodyPart.Body" => "Isi",
        _ => path.Split('.') is { Length: >= 3 } parts ? parts[1] : path,
    };

    [HttpPost("{id}/ajukan")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Submit(string id, CancellationToken cancellationToken) =>
        RunAsync(id, () => editorial.SubmitAsync(id, User, cancellationToken), "Naskah diajukan untuk ditinjau.");

    [HttpPost("{id}/minta-perubahan")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> RequestChanges(string id, string? note, CancellationToken cancellationToken) =>
        RunAsync(id, () => editorial.RequestChangesAsync(id, User, note ?? "", cancellationToken), "Naskah dikembalikan kepada penulis dengan catatan.");

    [HttpPost("{id}/setujui")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Approve(string id, string? publishAt, string? unpublishAt, string? changeNote, CancellationToken cancellationToken) =>
        RunAsync(
            id,
            () => editorial.ApproveAsync(id, User, ParseLocal(publishAt, "jadwal terbit"), ParseLocal(unpublishAt, "jadwal turun"), changeNote, cancellationToken),
            string.IsNullOrWhiteSpace(publishAt) ? "Naskah disetujui dan diterbitkan." : "Naskah disetujui dan dijadwalkan terbit.");

    [HttpPost("{id}/tarik")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Withdraw(string id, string? reason, CancellationToken cancellationToken) =>
        RunAsync(id, () => editorial.WithdrawAsync(id, User, reason ?? "", cancellationToken), "Naskah ditarik; halaman publik menampilkan pemberitahuan dan alasannya.");

    [HttpPost("{id}/turunkan")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Unpublish(string id, CancellationToken cancellationToken) =>
        RunAsync(id, () => editorial.UnpublishAsync(id, User, cancellationToken), "Naskah diturunkan; alamatnya kini menjawab 410 (tidak lagi tersedia).");

    private async Task<IActionResult> RunAsync(string id, Func<Task> action, string success)
    {
        try
        {
            await action();
            TempData["Success"] = t[success].Value;
        }
        catch (EditorialException ex)
        {
            TempData["Error"] = ex.Message;
        }
        catch (ContentValidationException ex)
        {
            TempData["Error"] = ex.Message;
        }
        catch (ContentConcurrencyException ex)
        {
            TempData["Error"] = t[ex.Message].Value;
        }

        return Redirect($"/admin/redaksi/{id}");
    }

    private DateTime? ParseLocal(string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return DateTime.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var local)
            ? clock.ToUtc(local)
            : throw new EditorialException(t["Waktu {0} tidak terbaca.", t[what]]);
    }
}
