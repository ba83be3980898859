using Bkn.Cms.Pkt.Models;
using Bkn.Cms.Pkt.Services;
using Bkn.Cms.Pkt.ViewModels;
using Bkn.Cms.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Bkn.Cms.Pkt.Controllers;

/// <summary>
/// The counter console (keyboard-first): sign in at a desk, call next, recall, skip, transfer, start and finish with
/// the case record. Every action checks that the desk's counter belongs to a unit where the user holds
/// "ServePktCounter", and that the user is the one signed in at the desk.
/// </summary>
[RequirePermission(Permissions.ServeCounterName)]
[Route("admin/pkt/loket")]
public sealed class PktConsoleController(DbContext db, PktQueue queue, PktAccess access, PktOptions options, IPermissionService permissions, IStringLocalizer t, IEnumerable<IPktCaseLinkSource> linkSources, PktHelpdesk helpdesk) : Controller
{
    private static readonly Dictionary<string, string> Notices = new(StringComparer.Ordinal)
    {
        ["masuk"] = "Anda bertugas di meja ini.",
        ["keluar"] = "Anda keluar dari meja loket.",
        ["kosong"] = "Tidak ada tamu yang menunggu.",
        ["panggil"] = "Tamu dipanggil.",
        ["ulang"] = "Tamu dipanggil ulang.",
        ["tidakhadir"] = "Tamu tidak hadir setelah dipanggil ulang; tiket ditutup sebagai tidak hadir.",
        ["lewati"] = "Tiket dikembalikan ke akhir antrean.",
        ["mulai"] = "Layanan dimulai.",
        ["selesai"] = "Catatan kasus disimpan; layanan selesai.",
        ["alihkan"] = "Tiket dialihkan.",
        ["loket"] = "Status loket diubah.",
        ["helpdesk"] = "Tiket helpdesk dibuat untuk pertanyaan tamu.",
    };

    [HttpGet("")]
    public async Task<IActionResult> Index(string? ok, string? galat, CancellationToken cancellationToken)
    {
        var counters = await access.CountersAsync(User, Permissions.ServeCounter, cancellationToken);
        var codes = counters.Select(c => c.Code).ToList();
        var desks = await db.Set<PktDesk>().AsNoTracking().Where(d => codes.Contains(d.CounterCode)).OrderBy(d => d.CounterCode).ThenBy(d => d.Number).ToListAsync(cancellationToken);
        var me = User.Identity?.Name ?? "";
        var myDesk = desks.FirstOrDefault(d => d.StaffUserName == me);
        PktTicket? current = null;
        IReadOnlyList<PktTicket> waiting = [];
        IReadOnlyList<PktTicket> recent = [];
        IReadOnlyList<PktService> counterServices = [];
        if (myDesk is not null)
        {
            current = await queue.CurrentAsync(myDesk.Code, cancellationToken);
            var today = queue.Today;
            waiting = await db.Set<PktTicket>().AsNoTracking().Where(t => t.CounterCode == myDesk.CounterCode && t.Day == today && t.Status == PktTicketStatus.Waiting)
                .OrderBy(t => t.QueueUtc).Take(30).ToListAsync(cancellationToken);
            recent = await db.Set<PktTicket>().AsNoTracking().Where(t => t.DeskCode == myDesk.Code && t.Day == today && t.FinishedUtc != null)
                .OrderByDescending(t => t.FinishedUtc).Take(10).ToListAsync(cancellationToken);
            counterServices = await db.Set<PktService>().AsNoTracking().Where(s => s.CounterCode == myDesk.CounterCode).OrderBy(s => s.Order).ToListAsync(cancellationToken);
        }

        var allServices = await db.Set<PktService>().AsNoTracking().OrderBy(s => s.CounterCode).ThenBy(s => s.Order).ToListAsync(cancellationToken);
        var canManage = (await access.CountersAsync(User, Permissions.ManagePkt, cancellationToken)).Count > 0;
        var allCounters = await db.Set<PktCounter>().AsNoTracking().OrderBy(c => c.Order).ToListAsync(cancellationToken);
        var links = new List<PktCaseLink>();
        if (current?.Nip is { Length: 18 } nip)
        {
            foreach (var source in linkSources)
            {
                links.AddRange(await source.FindByNipAsync(nip, cancellationToken));
            }
        }

        // The helpdesk of the desk's unit: its categories for the "open a helpdesk ticket" form, or why there is none.
        IReadOnlyList<PktHelpdeskCategory> helpdeskCategories = [];
        string? helpdeskOff = null;
        if (myDesk is not null)
        {
            var unitId = allCounters.FirstOrDefault(c => c.Code == myDesk.CounterCode)?.UnitId;
            if (helpdesk.For(unitId) is { } tickets)
            {
                helpdeskCategories = await tickets.CategoriesAsync(cancellationToken);
            }
            else
            {
                helpdeskOff = PktHelpdesk.OffText;
            }
        }

        return View(new PktConsoleViewModel(allCounters, desks, myDesk, current, counterServices, allServices, waiting, recent, canManage, options.RecallLimit,
            ok is not null && Notices.TryGetValue(ok, out var notice) ? notice : null, galat)
        {
            CaseLinks = links,
            HelpdeskCategories = helpdeskCategories,
            HelpdeskOff = helpdeskOff,
        });
    }

    [HttpPost("masuk")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> SignIn(string meja, CancellationToken cancellationToken) =>
        Act(meja, "masuk", requireSignedIn: false, async desk => await queue.SignInAsync(desk.Code, User.Identity!.Name!, cancellationToken), cancellationToken);

    [HttpPost("keluar")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> SignOut(CancellationToken cancellationToken)
    {
        await queue.SignOutAsync(User.Identity!.Name!, cancellationToken);
        return Redirect("/admin/pkt/loket?ok=keluar");
    }

    [HttpPost("panggil")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> CallNext(string meja, CancellationToken cancellationToken)
    {
        var notice = "panggil";
        return await Act(meja, "panggil", true, async desk =>
        {
            if (await queue.CallNextAsync(desk.Code, User.Identity!.Name!, cancellationToken) is null)
            {
                notice = "kosong";
            }
        }, cancellationToken, () => notice);
    }

    [HttpPost("ulang")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Recall(string meja, CancellationToken cancellationToken)
    {
        var notice = "ulang";
        return await Act(meja, "ulang", true, async desk =>
        {
            var ticket = await queue.RecallAsync(desk.Code, cancellationToken);
            if (ticket.Status == PktTicketStatus.NoShow)
            {
                notice = "tidakhadir";
            }
        }, cancellationToken, () => notice);
    }

    [HttpPost("lewati")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Skip(string meja, CancellationToken cancellationToken) =>
        Act(meja, "lewati", true, async desk => await queue.SkipAsync(desk.Code, cancellationToken), cancellationToken);

    [HttpPost("mulai")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Start(string meja, CancellationToken cancellationToken) =>
        Act(meja, "mulai", true, async desk => await queue.StartAsync(desk.Code, cancellationToken), cancellationToken);

    [HttpPost("alihkan")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Transfer(string meja, string? layanan, string? catatan, CancellationToken cancellationToken) =>
        Act(meja, "alihkan", true, async desk => await queue.TransferAsync(desk.Code, layanan ?? "", catatan, cancellationToken), cancellationToken);

    [HttpPost("selesai")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Finish(string meja, string? layanan, string? hasil, string[]? dokumen, string? catatan, string? nip, CancellationToken cancellationToken) =>
        Act(meja, "selesai", true, async desk =>
        {
            var outcome = hasil switch
            {
                "selesai" => PktOutcome.Selesai,
                "ditindaklanjuti" => PktOutcome.Ditindaklanjuti,
                "dirujuk" => PktOutcome.Dirujuk,
                _ => PktOutcome.None,
            };
            await queue.FinishAsync(desk.Code, layanan ?? "", outcome, dokumen ?? [], catatan, nip, cancellationToken);
        }, cancellationToken);

    /// <summary>
    /// Opens a helpdesk ticket for the visitor's question from a case of this desk (being served, or finished here
    /// today); the case then shows the ticket's number and links to it in the helpdesk workspace.
    /// </summary>
    [HttpPost("helpdesk")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> OpenHelpdeskTicket(string meja, long kasus, string? kategori, string? pertanyaan, CancellationToken cancellationToken) =>
        Act(meja, "helpdesk", true, async desk => await helpdesk.OpenAsync(desk, kasus, User.Identity!.Name!, kategori, pertanyaan, cancellationToken), cancellationToken);

    /// <summary>Opens or closes a counter (permission ManagePkt for the counter's unit).</summary>
    [HttpPost("status-loket")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> CounterState(string loket, bool buka, CancellationToken cancellationToken)
    {
        var counter = await db.Set<PktCounter>().FirstOrDefaultAsync(c => c.Code == loket, cancellationToken);
        if (counter is null || !await permissions.HasPermissionAsync(User, Permissions.ManagePkt, counter.UnitId, cancellationToken))
        {
            return Forbid();
        }

        counter.IsOpen = buka;
        await db.SaveChangesAsync(cancellationToken);
        return Redirect("/admin/pkt/loket?ok=loket");
    }

    private async Task<IActionResult> Act(string meja, string notice, bool requireSignedIn, Func<PktDesk, Task> action, CancellationToken cancellationToken, Func<string>? noticeAfter = null)
    {
        var desk = await db.Set<PktDesk>().AsNoTracking().FirstOrDefaultAsync(d => d.Code == meja, cancellationToken);
        var counter = desk is null ? null : await db.Set<PktCounter>().AsNoTracking().FirstOrDefaultAsync(c => c.Code == desk.CounterCode, cancellationToken);
        if (desk is null || counter is null || !await permissions.HasPermissionAsync(User, Permissions.ServeCounter, counter.UnitId, cancellationToken))
        {
            // Another unit's desk answers like an unknown one.
            return NotFound();
        }

        if (requireSignedIn && desk.StaffUserName != User.Identity?.Name)
        {
            return Redirect("/admin/pkt/loket?galat=" + Uri.EscapeDataString(t["Anda belum bertugas di meja {0}. Pilih meja dulu.", desk.Code].Value));
        }

        try
        {
            await action(desk);
        }
        catch (PktException ex)
        {
            return Redirect("/admin/pkt/loket?galat=" + Uri.EscapeDataString(ex.Text.In(t)));
        }

        return Redirect("/admin/pkt/loket?ok=" + (noticeAfter?.Invoke() ?? notice));
    }
}
