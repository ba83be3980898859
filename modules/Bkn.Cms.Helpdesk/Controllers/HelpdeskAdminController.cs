using System.Globalization;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Bkn.Cms.Audit;
using Bkn.Cms.ContentManagement;
using Bkn.Cms.Helpdesk.Models;
using Bkn.Cms.Helpdesk.Services;
using Bkn.Cms.Helpdesk.ViewModels;
using Bkn.Cms.Security;
using Bkn.Cms.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Helpdesk.Controllers;

/// <summary>
/// The operator workspace "Helpdesk": queues per team and "mine" with counts per status, filters and keyset paging,
/// the ticket page (claim, assign, reply with canned answers, internal note, status, merge), bulk actions, and the
/// audited full view of NIK/KK and scans.
/// </summary>
[RequirePermission(Permissions.HandleTicketsName)]
[Route("admin/helpdesk")]
public sealed partial class HelpdeskAdminController(
    DbContext db,
    IContentManager contents,
    IPermissionService permissions,
    IAuditTrail audit,
    TicketService tickets,
    HelpdeskSecrets secrets,
    IUserDirectory users,
    ScanStore scans,
    NikSearchLimiter nikSearches) : Controller
{
    public const int PageSize = 50;

    /// <summary>The site's zone: the queue's date filters are whole days there.</summary>
    private TimeZoneInfo Zone => HttpContext.RequestServices.GetRequiredService<HelpdeskSettings>().Zone;

    public const string NikSearchNeedsPermission = "Pencarian dengan NIK hanya untuk pemegang izin melihat data pribadi. Cari dengan nomor tiket atau teks.";
    public const string NikSearchLimited = "Terlalu banyak pencarian dengan NIK dalam satu jam. Coba lagi nanti atau cari dengan nomor tiket.";

    private static readonly Dictionary<string, string> Notices = new(StringComparer.Ordinal)
    {
        ["ambil"] = "Tiket diambil.",
        ["tugaskan"] = "Penugasan disimpan.",
        ["balas"] = "Jawaban terkirim ke pelamar.",
        ["catatan"] = "Catatan internal disimpan.",
        ["status"] = "Status diubah.",
        ["gabung"] = "Tiket digabung.",
        ["massal"] = "Aksi massal selesai.",
    };

    [HttpGet("")]
    public async Task<IActionResult> Index(string? tim, string? milik, string? status, string? kategori, string? lewat, DateOnly? dari, DateOnly? sampai, string? q, string? urut, long? setelah, string? ok, string? galat, CancellationToken cancellationToken)
    {
        var mine = milik == "saya";
        var filter = new QueueFilter(tim, mine, TicketStatuses.Parse(status) ?? (mine || status == "semua" ? null : TicketStatus.Baru), kategori, lewat == "1", dari, sampai, q?.Trim(), urut == "baru");
        var scope = await permissions.GetUnitScopeAsync(User, Permissions.HandleTickets, cancellationToken);
        var personalData = await permissions.GetUnitScopeAsync(User, Permissions.ViewPersonalData, cancellationToken);
        var (query, nikSearch) = await FilterAsync(Scoped(scope), filter, personalData, cancellationToken);
        if (nikSearch.Refused is not null)
        {
            galat = nikSearch.Refused;
        }

        if (setelah is { } cursor)
        {
            query = filter.Newest ? query.Where(t => t.Id < cursor) : query.Where(t => t.Id > cursor);
        }

        var page = await (filter.Newest ? query.OrderByDescending(t => t.Id) : query.OrderBy(t => t.Id)).Take(PageSize + 1).ToListAsync(cancellationToken);
        long? next = null;
        if (page.Count > PageSize)
        {
            page.RemoveAt(PageSize);
            next = page[^1].Id;
        }

        if (nikSearch.Searched)
        {
            // Each NIK search is on the record (who, when, how many found); the NIK only as a short piece of its keyed hash,
            // enough to see the same NIK searched again, useless for recovering it.
            await audit.RecordAsync(new AuditEvent(AuditCategories.Security, "helpdesk.nik.searched", $"Antrean helpdesk dicari dengan NIK (sidik {nikSearch.Fingerprint}): {page.Count} tiket"), cancellationToken);
        }

        // Counts only of the teams in the user's scope: a team filter naming another unit's team counts nothing.
        var teams = await TeamsAsync(scope, cancellationToken);
        var teamIds = teams.Where(t => filter.Team is null || t.Id == filter.Team).Select(t => t.Id).ToList();
        var counts = await db.Set<HelpdeskQueueCount>().AsNoTracking().Where(c => teamIds.Contains(c.TeamId))
            .GroupBy(c => c.Status).Select(g => new { Status = g.Key, Count = g.Sum(c => c.Count) }).ToListAsync(cancellationToken);
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var mineOpen = await db.Set<HelpdeskTicket>().CountAsync(t => t.AssigneeId == userId && t.Status < TicketStatus.Dijawab, cancellationToken);
        return View(new QueueViewModel(
            filter,
            page,
            next,
            counts.ToDictionary(c => c.Status, c => c.Count),
            mineOpen,
            teams,
            await CategoryNamesAsync(cancellationToken),
            await permissions.HasPermissionAsync(User, Permissions.Supervise, cancellationToken: cancellationToken),
            !personalData.IsEmpty,
            tickets.Now,
            ok is not null && Notices.TryGetValue(ok, out var notice) ? notice : null,
            galat));
    }

    [HttpGet("tiket/{number}")]
    public async Task<IActionResult> Ticket(string number, string? ok, CancellationToken cancellationToken) =>
        await DetailAsync(number, revealed: false, ok is not null && Notices.TryGetValue(ok, out var notice) ? notice : null, null, cancellationToken);

    [HttpPost("tiket/{number}/data-pribadi")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Reveal(string number, CancellationToken cancellationToken)
    {
        var ticket = await ScopedTicketAsync(number, cancellationToken);
        if (ticket is null)
        {
            return NotFound();
        }

        if (!await permissions.HasPermissionAsync(User, Permissions.ViewPersonalData, ticket.UnitId, cancellationToken))
        {
            return Forbid();
        }

        await audit.RecordAsync(new AuditEvent(AuditCategories.Security, "helpdesk.personal-data.viewed", $"NIK/KK lengkap tiket {ticket.Number} dilihat") { ContentItemId = ticket.ContentItemId, ContentType = TicketService.ContentType, UnitId = ticket.UnitId }, cancellationToken);
        return await DetailAsync(number, revealed: true, null, null, cancellationToken);
    }

    [HttpGet("tiket/{number}/pindaian/{id:guid}")]
    public async Task<IActionResult> Scan(string number, Guid id, CancellationToken cancellationToken)
    {
        var ticket = await ScopedTicketAsync(number, cancellationToken);
        var attachment = ticket is null ? null : await db.Set<HelpdeskAttachment>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.TicketId == ticket.Id, cancellationToken);
        if (ticket is null || attachment is null)
        {
            return NotFound();
        }

        // The operator handling the ticket (scans are asked for in that ticket's category) or a holder of the personal-data right.
        if (!await CanViewScansAsync(ticket, cancellationToken))
        {
            return Forbid();
        }

        var stream = scans.Open(attachment.StoragePath);
        if (stream is null)
        {
            return NotFound();
        }

        await audit.RecordAsync(new AuditEvent(AuditCategories.Security, "helpdesk.scan.viewed", $"Pindaian {attachment.Kind.ToUpperInvariant()} tiket {ticket.Number} dilihat") { ContentItemId = ticket.ContentItemId, ContentType = TicketService.ContentType, UnitId = ticket.UnitId }, cancellationToken);
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "no-store";
        return File(stream, attachment.ContentType, $"{ticket.Number}-{attachment.Kind}{FileSignatures.Extension(attachment.ContentType)}");
    }

    [HttpPost("tiket/{number}/ambil")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Claim(string number, CancellationToken cancellationToken) =>
        ActAsync(number, "ambil", t => tickets.ClaimAsync(t.Id, HelpdeskActor.From(User), cancellationToken), cancellationToken);

    [HttpPost("tiket/{number}/tugaskan")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Assign(string number, string? petugas, string? tim, CancellationToken cancellationToken)
    {
        if (!await permissions.HasPermissionAsync(User, Permissions.Supervise, cancellationToken: cancellationToken))
        {
            return Forbid();
        }

        return await ActAsync(number, "tugaskan", async t =>
        {
            var (userId, userName) = await FindUserAsync(petugas, cancellationToken);
            await tickets.AssignAsync(t.Id, userId, userName, string.IsNullOrEmpty(tim) ? null : tim, HelpdeskActor.From(User), cancellationToken);
        }, cancellationToken);
    }

    [HttpPost("tiket/{number}/balas")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Reply(string number, string? isi, string? status, CancellationToken cancellationToken) =>
        ActAsync(number, "balas", t => tickets.ReplyAsync(t.Id, isi ?? "", TicketStatuses.Parse(status), HelpdeskActor.From(User), cancellationToken), cancellationToken);

    [HttpPost("tiket/{number}/catatan")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Note(string number, string? isi, CancellationToken cancellationToken) =>
        ActAsync(number, "catatan", t => tickets.AddNoteAsync(t.Id, isi ?? "", HelpdeskActor.From(User), cancellationToken), cancellationToken);

    [HttpPost("tiket/{number}/status")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Status(string number, string? status, CancellationToken cancellationToken) =>
        ActAsync(number, "status", t => TicketStatuses.Parse(status) is { } s
            ? tickets.ChangeStatusAsync(t.Id, s, HelpdeskActor.From(User), cancellationToken)
            : throw new HelpdeskException("Pilih status."), cancellationToken);

    [HttpPost("tiket/{number}/gabung")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Merge(string number, string? tujuan, CancellationToken cancellationToken)
    {
        if (!await permissions.HasPermissionAsync(User, Permissions.Supervise, cancellationToken: cancellationToken))
        {
            return Forbid();
        }

        return await ActAsync(number, "gabung", async t =>
        {
            var target = await ScopedTicketAsync((tujuan ?? "").Trim().ToUpperInvariant(), cancellationToken) ?? throw new HelpdeskException("Tiket tujuan tidak ditemukan.");
            await tickets.MergeAsync(t.Id, target.Id, HelpdeskActor.From(User), cancellationToken);
        }, cancellationToken);
    }

    [HttpPost("massal")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Bulk(long[] pilih, string? aksi, string? petugas, string? kembali, CancellationToken cancellationToken)
    {
        var back = kembali is { Length: > 0 } k && k.StartsWith("/admin/helpdesk", StringComparison.Ordinal) && !k.StartsWith("//", StringComparison.Ordinal) ? k : "/admin/helpdesk";
        string Back(string param, string value) => back + (back.Contains('?', StringComparison.Ordinal) ? "&" : "?") + param + "=" + Uri.EscapeDataString(value);
        if (pilih.Length == 0 || pilih.Length > 200)
        {
            return Redirect(Back("galat", "Pilih 1 sampai 200 tiket."));
        }

        var actor = HelpdeskActor.From(User);
        var scope = await permissions.GetUnitScopeAsync(User, Permissions.HandleTickets, cancellationToken);
        var ids = await Scoped(scope).Where(t => pilih.Contains(t.Id)).Select(t => t.Id).ToListAsync(cancellationToken);
        var supervise = await permissions.HasPermissionAsync(User, Permissions.Supervise, cancellationToken: cancellationToken);
        (string?, string?) user = default;
        if (aksi == "tugaskan")
        {
            if (!supervise)
            {
                return Forbid();
            }

            try
            {
                user = await FindUserAsync(petugas, cancellationToken);
            }
            catch (HelpdeskException exception)
            {
                return Redirect(Back("galat", exception.Message));
            }
        }

        var failed = 0;
        foreach (var id in ids)
        {
            try
            {
                switch (aksi)
                {
                    case "ambil":
                        await tickets.ClaimAsync(id, actor, cancellationToken);
                        break;
                    case "tugaskan":
                        await tickets.AssignAsync(id, user.Item1, user.Item2, null, actor, cancellationToken);
                        break;
                    case "tutup":
                        await tickets.ChangeStatusAsync(id, TicketStatus.Ditutup, actor, cancellationToken);
                        break;
                    case "diproses":
                        await tickets.ChangeStatusAsync(id, TicketStatus.Diproses, actor, cancellationToken);
                        break;
                    default:
                        return Redirect(Back("galat", "Pilih aksi."));
                }
            }
            catch (HelpdeskException)
            {
                failed++;
            }
        }

        return failed == 0 ? Redirect(Back("ok", "massal")) : Redirect(Back("galat", $"{ids.Count - failed} tiket diproses, {failed} gagal (sudah diubah orang lain atau tidak sesuai)."));
    }

    private async Task<IActionResult> ActAsync(string number, string done, Func<HelpdeskTicket, Task> action, CancellationToken cancellationToken)
    {
        var ticket = await ScopedTicketAsync(number, cancellationToken);
        if (ticket is null)
        {
            return NotFound();
        }

        try
        {
            await action(ticket);
        }
        catch (HelpdeskException exception)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await DetailAsync(number, revealed: false, null, exception.Message, cancellationToken);
        }

        return Redirect($"/admin/helpdesk/tiket/{Uri.EscapeDataString(ticket.Number)}?ok={done}");
    }

    private async Task<IActionResult> DetailAsync(string number, bool revealed, string? message, string? error, CancellationToken cancellationToken)
    {
        var ticket = await ScopedTicketAsync(number, cancellationToken);
        if (ticket is null)
        {
            return NotFound();
        }

        var item = await contents.GetAsync(ticket.ContentItemId, VersionOptions.Latest, cancellationToken);
        var part = item?.As<TicketPart>() ?? new TicketPart { Number = ticket.Number, CategoryId = ticket.CategoryId };
        var thread = await db.Set<HelpdeskMessage>().AsNoTracking().Where(m => m.TicketId == ticket.Id).OrderBy(m => m.Id).Take(500).ToListAsync(cancellationToken);
        var attachments = await db.Set<HelpdeskAttachment>().AsNoTracking().Where(a => a.TicketId == ticket.Id).ToListAsync(cancellationToken);
        var canned = await db.Set<HelpdeskCannedAnswer>().AsNoTracking().Where(c => c.CategoryId == null || c.CategoryId == ticket.CategoryId)
            .OrderByDescending(c => c.CategoryId == ticket.CategoryId).ThenBy(c => c.Title).ToListAsync(cancellationToken);
        var duplicates = ticket.NikHash is null ? [] : await db.Set<HelpdeskTicket>().AsNoTracking()
            .Where(t => t.NikHash == ticket.NikHash && t.CategoryId == ticket.CategoryId && t.Id != ticket.Id && t.Status != TicketStatus.Ditutup)
            .OrderBy(t => t.Id).Take(10).ToListAsync(cancellationToken);
        var categoryName = await db.Set<HelpdeskCategory>().Where(c => c.Id == ticket.CategoryId).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken) ?? ticket.CategoryId;
        var scope = await permissions.GetUnitScopeAsync(User, Permissions.HandleTickets, cancellationToken);
        return View("Ticket", new TicketDetailViewModel(
            ticket,
            part,
            categoryName,
            thread,
            attachments,
            canned,
            duplicates,
            await TeamsAsync(scope, cancellationToken),
            revealed,
            await permissions.HasPermissionAsync(User, Permissions.ViewPersonalData, ticket.UnitId, cancellationToken),
            await CanViewScansAsync(ticket, cancellationToken),
            await permissions.HasPermissionAsync(User, Permissions.Supervise, cancellationToken: cancellationToken),
            User.FindFirstValue(ClaimTypes.NameIdentifier),
            tickets.Now,
            message,
            error));
    }

    private async Task<bool> CanViewScansAsync(HelpdeskTicket ticket, CancellationToken cancellationToken) =>
        await permissions.HasPermissionAsync(User, Permissions.ViewPersonalData, ticket.UnitId, cancellationToken)
        || await permissions.HasPermissionAsync(User, Permissions.ViewScans, ticket.UnitId, cancellationToken);

    private async Task<HelpdeskTicket?> ScopedTicketAsync(string number, CancellationToken cancellationToken)
    {
        var ticket = await db.Set<HelpdeskTicket>().AsNoTracking().FirstOrDefaultAsync(t => t.Number == number, cancellationToken);
        return ticket is not null && (await permissions.GetUnitScopeAsync(User, Permissions.HandleTickets, cancellationToken)).Contains(ticket.UnitId) ? ticket : null;
    }

    private IQueryable<HelpdeskTicket> Scoped(UnitScope scope)
    {
        var query = db.Set<HelpdeskTicket>().AsNoTracking();
        if (!scope.AllUnits)
        {
            var ids = scope.UnitIds.ToList();
            query = query.Where(t => t.UnitId != null && ids.Contains(t.UnitId.Value));
        }

        return query;
    }

    private async Task<(IQueryable<HelpdeskTicket> Query, NikSearch NikSearch)> FilterAsync(IQueryable<HelpdeskTicket> query, QueueFilter filter, UnitScope personalData, CancellationToken cancellationToken)
    {
        var nikSearch = default(NikSearch);
        if (filter.Team is { } team)
        {
            query = query.Where(t => t.TeamId == team);
        }

        if (filter.Mine)
        {
            var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
            query = query.Where(t => t.AssigneeId == userId);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(t => t.Status == status);
        }

        if (filter.Category is { Length: > 0 } category)
        {
            query = query.Where(t => t.CategoryId == category);
        }

        if (filter.Overdue)
        {
            query = query.Where(t => t.Overdue);
        }

        if (filter.From is { } from)
        {
            var fromUtc = Bkn.Cms.Hosting.SiteTimeZone.ToUtc(from.ToDateTime(TimeOnly.MinValue), Zone);
            query = query.Where(t => t.CreatedUtc >= fromUtc);
        }

        if (filter.To is { } to)
        {
            var toUtc = Bkn.Cms.Hosting.SiteTimeZone.ToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue), Zone);
            query = query.Where(t => t.CreatedUtc < toUtc);
        }

        if (filter.Q is { Length: > 0 } q)
        {
            if (NumberRegex().IsMatch(q))
            {
                var number = q.ToUpperInvariant();
                query = query.Where(t => t.Number == number);
            }
            else if (q.Length == 16 && q.All(char.IsAsciiDigit))
            {
                // A NIK search tells whether a candidate NIK is an applicant's, so it is as personal as the full NIK: only
                // for holders of the personal-data permission, within the units where they hold it, limited and audited.
                // Refused, it finds nothing (and is no text search for the digits either).
                if (personalData.IsEmpty || !nikSearches.TryAcquire(User.FindFirstValue(ClaimTypes.NameIdentifier) ?? ""))
                {
                    nikSearch = new NikSearch(false, null, personalData.IsEmpty ? NikSearchNeedsPermission : NikSearchLimited);
                    query = query.Where(t => false);
                }
                else
                {
                    var hash = HelpdeskSecrets.NikHash(await secrets.KeyAsync(cancellationToken), q);
                    query = query.Where(t => t.NikHash == hash);
                    if (!personalData.AllUnits)
                    {
                        var units = personalData.UnitIds.ToList();
                        query = query.Where(t => t.UnitId != null && units.Contains(t.UnitId.Value));
                    }

                    nikSearch = new NikSearch(true, hash[..12], null);
                }
            }
            else
            {
                var pattern = "%" + q.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
                query = query.Where(t => EF.Functions.Like(t.Summary, pattern, "\\") || (t.ApplicantName != null && EF.Functions.Like(t.ApplicantName, pattern, "\\")));
            }
        }

        return (query, nikSearch);
    }

    private async Task<List<HelpdeskTeam>> TeamsAsync(UnitScope scope, CancellationToken cancellationToken)
    {
        var teams = await db.Set<HelpdeskTeam>().AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken);
        return [.. teams.Where(t => scope.Contains(t.UnitId))];
    }

    private Task<Dictionary<string, string>> CategoryNamesAsync(CancellationToken cancellationToken) =>
        db.Set<HelpdeskCategory>().AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);

    /// <summary>Resolves a user name to (id, name); empty means "unassigned".</summary>
    private async Task<(string? Id, string? Name)> FindUserAsync(string? userName, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(userName))
        {
            return (null, null);
        }

        var name = userName.Trim();
        var found = (await users.SearchAsync(name, 50, cancellationToken)).FirstOrDefault(u => string.Equals(u.UserName, name, StringComparison.OrdinalIgnoreCase));
        return found is not null ? (found.Id, found.UserName) : throw new HelpdeskException($"Pengguna '{name}' tidak ditemukan.");
    }

    /// <summary>What a queue filter did with a NIK: searched (with a fingerprint for the audit trail) or refused (why).</summary>
    private readonly record struct NikSearch(bool Searched, string? Fingerprint, string? Refused);

    [GeneratedRegex("^HD-[0-9]{4}-[0-9]{6,}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberRegex();
}
