using System.Globalization;
using Bkn.Cms.Agencies;
using Bkn.Cms.Hosting;
using Bkn.Cms.Kepegawaian.Models;
using Bkn.Cms.Kepegawaian.Rules;
using Bkn.Cms.Kepegawaian.Services;
using Bkn.Cms.Kepegawaian.ViewModels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Bkn.Cms.Kepegawaian.Controllers;

/// <summary>
/// KPO/PPO in the admin: dashboard and generation, the agency's inbox (nominative list) with reconciliation, BKN's
/// corrections queue, dossiers with uploads and verification, Excel export. Every action is scoped to the user's
/// agencies for its permission; a record outside the scope answers 404.
/// </summary>
[Route("admin/kpo")]
public sealed class KpoAdminController(
    DbContext db,
    KpoQueries queries,
    IAgencyScopeService scopes,
    IAgencyDirectory directory,
    PeriodCalendar calendar,
    NominativeGenerator generator,
    ReconciliationService reconciliation,
    UsulanService usulan,
    KpoFileStore files,
    TimeProvider time,
    IConfiguration configuration) : Controller
{
    public const int PageSize = 100;

    /// <summary>The verifier queue counts matching dossiers up to this many.</summary>
    public const int CountCap = 10_000;

    [HttpGet("")]
    public async Task<IActionResult> Index(Guid? instansi, DateOnly? periode, string? ok, string? galat, CancellationToken ct)
    {
        var scope = await queries.ScopeAsync(User, ct);
        if (scope.IsEmpty)
        {
            return Forbid();
        }

        var page = await PageAsync(scope, instansi, periode, ok, galat, ct);
        var lists = await db.Set<KpoDaftar>().AsNoTracking().Within(scope, d => d.AgencyId).OrderByDescending(d => d.Period).Take(200).ToListAsync(ct);
        var dashboard = await queries.DashboardAsync(scope, page.AgencyId, page.Period, ct);
        return View(new KpoIndexViewModel { Page = page, Dashboard = dashboard, Lists = lists, Phase = page.Period is { } p ? calendar.PhaseOn(p, Today) : null });
    }

    [HttpPost("buat")]
    public async Task<IActionResult> Generate(Guid instansi, DateOnly periode, CancellationToken ct)
    {
        if (!(await scopes.GetAgencyScopeAsync(User, Permissions.Manage, ct)).Contains(instansi))
        {
            return NotFound();
        }

        try
        {
            var daftar = await generator.GenerateAsync(instansi, periode, ct);
            return Redirect($"{KepegawaianRoutes.Admin}?instansi={instansi}&periode={periode:yyyy-MM-dd}&ok=" + Uri.EscapeDataString($"Daftar nominatif dibuat: {daftar.KpOtomatis + daftar.KpReguler} calon KP, {daftar.Pensiun} calon pensiun."));
        }
        catch (KpoException e)
        {
            return Redirect($"{KepegawaianRoutes.Admin}?galat=" + Uri.EscapeDataString(e.Message));
        }
    }

    [HttpGet("nominatif")]
    public async Task<IActionResult> Nominatif(Guid? instansi, DateOnly? periode, string? jenis, string? ok, string? galat, CancellationToken ct)
    {
        var scope = await queries.ScopeAsync(User, ct);
        if (scope.IsEmpty)
        {
            return Forbid();
        }

        var page = await PageAsync(scope, instansi, periode, ok, galat, ct);
        var q = queries.Nominatif(scope, page.AgencyId, page.Period);
        var j = Checklists.Parse(jenis);
        if (j is { } jj)
        {
            q = q.Where(n => n.Jenis == jj);
        }

        var total = await q.CountAsync(ct);
        var items = await q.OrderBy(n => n.Jenis).ThenBy(n => n.Nip).Take(PageSize).ToListAsync(ct);
        return View(new NominatifListViewModel { Page = page, Items = items, Jenis = j, Total = total });
    }

    [HttpGet("nominatif/{id:long}")]
    public async Task<IActionResult> NominatifDetail(long id, string? ok, string? galat, CancellationToken ct)
    {
        var scope = await queries.ScopeAsync(User, ct);
        var item = await queries.Nominatif(scope, null, null).FirstOrDefaultAsync(n => n.Id == id, ct);
        if (item is null)
        {
            return NotFound();
        }

        var page = await PageAsync(scope, item.AgencyId, item.Period, ok, galat, ct);
        if (page.FullNip)
        {
            await queries.AuditNipViewAsync($"data nominatif #{item.Id}", ct);
        }

        var koreksi = await queries.Koreksi(scope).Where(k => k.Nip == item.Nip && k.Period == item.Period).OrderByDescending(k => k.Id).ToListAsync(ct);
        var u = await queries.Usulan(scope, new UsulanFilter(item.AgencyId, item.Period, null, null)).FirstOrDefaultAsync(x => x.Nip == item.Nip, ct);
        return View(new NominatifDetailViewModel { Page = page, Item = item, Koreksi = koreksi, Usulan = u });
    }

    [HttpPost("nominatif/{id:long}/konfirmasi")]
    public async Task<IActionResult> Confirm(long id, CancellationToken ct)
    {
        var item = await ProposableAsync(id, ct);
        if (item is null)
        {
            return NotFound();
        }

        await reconciliation.ConfirmAsync(item, KpoActor.From(User), ct);
        return BackToItem(id, ok: "Data dikonfirmasi.");
    }

    [HttpPost("nominatif/{id:long}/koreksi")]
    [RequestSizeLimit(4 * 1024 * 1024)]
    public async Task<IActionResult> Correct(long id, string? data, string? nilai, string? keterangan, IFormFile? dokumen, CancellationToken ct)
    {
        var item = await ProposableAsync(id, ct);
        if (item is null)
        {
            return NotFound();
        }

        if (dokumen is null || dokumen.Length == 0)
        {
            return BackToItem(id, galat: "Unggah dokumen pendukung koreksi (PDF atau JPG).");
        }

        try
        {
            await reconciliation.ProposeAsync(item, data ?? "", nilai, keterangan, dokumen.FileName, await ReadAsync(dokumen, ct), KpoActor.From(User), ct);
            return BackToItem(id, ok: "Koreksi diajukan ke BKN.");
        }
        catch (KpoException e)
        {
            return BackToItem(id, galat: e.Message);
        }
    }

    [HttpPost("nominatif/{id:long}/usulan")]
    public async Task<IActionResult> CreateUsulan(long id, CancellationToken ct)
    {
        var item = await ProposableAsync(id, ct);
        if (item is null)
        {
            return NotFound();
        }

        try
        {
            var u = await usulan.CreateAsync(item, KpoActor.From(User), ct);
            return Redirect($"{KepegawaianRoutes.Admin}/usulan/{u.Nomor}?ok=" + Uri.EscapeDataString("Usulan dibuat. Unggah dokumennya lalu ajukan."));
        }
        catch (KpoException e)
        {
            return BackToItem(id, galat: e.Message);
        }
    }

    [HttpGet("koreksi")]
    public async Task<IActionResult> Koreksi(string? ok, string? galat, CancellationToken ct)
    {
        var scope = await queries.ScopeAsync(User, ct);
        if (scope.IsEmpty)
        {
            return Forbid();
        }

        var page = await PageAsync(scope, null, null, ok, galat, ct);
        var items = await queries.Koreksi(scope).Where(k => k.Status == KoreksiStatus.Diajukan).OrderBy(k => k.Id).Take(PageSize).ToListAsync(ct);
        return View(new KoreksiListViewModel { Page = page, Items = items });
    }

    [HttpPost("koreksi/{id:long}")]
    public async Task<IActionResult> DecideKoreksi(long id, string? keputusan, string? alasan, CancellationToken ct)
    {
        var scope = await scopes.GetAgencyScopeAsync(User, Permissions.Verify, ct);
        var k = await db.Set<KpoKoreksi>().Within(scope, x => x.AgencyId).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (k is null)
        {
            return NotFound();
        }

        try
        {
            await reconciliation.DecideAsync(k, keputusan == "terima", alasan, KpoActor.From(User), ct);
            return Redirect($"{KepegawaianRoutes.Admin}/koreksi?ok=" + Uri.EscapeDataString(keputusan == "terima" ? "Koreksi diterima; data dan daftar nominatif diperbarui." : "Koreksi ditolak."));
        }
        catch (KpoException e)
        {
            return Redirect($"{KepegawaianRoutes.Admin}/koreksi?galat=" + Uri.EscapeDataString(e.Message));
        }
    }

    [HttpGet("koreksi/{id:long}/dokumen")]
    public async Task<IActionResult> KoreksiDocument(long id, CancellationToken ct)
    {
        var scope = await queries.ScopeAsync(User, ct);
        var k = await queries.Koreksi(scope).FirstOrDefaultAsync(x => x.Id == id, ct);
        return k is null || files.Open(k.DocumentPath) is not { } stream ? NotFound() : File(stream, k.DocumentType);
    }

    [HttpGet("usulan")]
    public async Task<IActionResult> Usulan(Guid? instansi, DateOnly? periode, string? status, string? jenis, string? lewat, string? setelah, string? ok, string? galat, CancellationToken ct)
    {
        var scope = await queries.ScopeAsync(User, ct);
        if (scope.IsEmpty)
        {
            return Forbid();
        }

        var page = await PageAsync(scope, instansi, periode, ok, galat, ct);
        var s = UsulanStateMachine.Parse(status);
        var j = Checklists.Parse(jenis);
        var q = queries.Usulan(scope, new UsulanFilter(page.AgencyId, page.Period, s, j, lewat == "1"));

        // Counting stops past the cap: the page says "more than 10,000" instead of counting half a million rows.
        var total = await q.Take(CountCap + 1).CountAsync(ct);

        // Earliest due first, those without a due time last, one page after the cursor: two index-ordered reads instead
        // of sorting every matching row on an "is null" expression.
        var cursor = QueueCursor.Parse(setelah);
        var items = new List<KpoUsulan>();
        if (cursor is not { Undated: true })
        {
            var dated = q.Where(u => u.DueUtc != null);
            if (cursor is { Due: { } due, Id: var id })
            {
                dated = dated.Where(u => u.DueUtc > due || (u.DueUtc == due && u.Id > id));
            }

            items.AddRange(await dated.OrderBy(u => u.DueUtc).ThenBy(u => u.Id).Take(PageSize + 1).ToListAsync(ct));
        }

        if (items.Count <= PageSize)
        {
            var undated = q.Where(u => u.DueUtc == null);
            if (cursor is { Undated: true, Id: var id })
            {
                undated = undated.Where(u => u.Id > id);
            }

            items.AddRange(await undated.OrderBy(u => u.Id).Take(PageSize + 1 - items.Count).ToListAsync(ct));
        }

        var next = items.Count > PageSize ? QueueCursor.After(items[PageSize - 1]) : null;
        if (next is not null)
        {
            items.RemoveRange(PageSize, items.Count - PageSize);
        }

        return View(new UsulanListViewModel { Page = page, Items = items, Status = s, Jenis = j, Overdue = lewat == "1", Total = total, CountCap = CountCap, Next = next, Paged = cursor is not null });
    }

    [HttpGet("usulan/{nomor}")]
    public async Task<IActionResult> UsulanDetail(string nomor, string? ok, string? galat, CancellationToken ct)
    {
        var scope = await queries.ScopeAsync(User, ct);
        var u = await queries.Usulan(scope, new UsulanFilter(null, null, null, null)).FirstOrDefaultAsync(x => x.Nomor == nomor, ct);
        if (u is null)
        {
            return NotFound();
        }

        var page = await PageAsync(scope, u.AgencyId, u.Period, ok, galat, ct);
        if (page.FullNip)
        {
            await queries.AuditNipViewAsync($"usulan {u.Nomor}", ct);
        }

        var docs = await db.Set<KpoDokumen>().AsNoTracking().Where(d => d.UsulanId == u.Id).ToListAsync(ct);
        var history = await db.Set<KpoRiwayat>().AsNoTracking().Where(r => r.UsulanId == u.Id).OrderBy(r => r.Id).ToListAsync(ct);
        return View(new UsulanDetailViewModel { Page = page, Usulan = u, Documents = docs, History = history, Overdue = u.DueUtc < time.GetUtcNow().UtcDateTime });
    }

    [HttpPost("usulan/{nomor}/dokumen")]
    [RequestSizeLimit(4 * 1024 * 1024)]
    public async Task<IActionResult> Upload(string nomor, string? item, IFormFile? berkas, CancellationToken ct)
    {
        var u = await TrackedAsync(nomor, Permissions.Propose, ct);
        if (u is null)
        {
            return NotFound();
        }

        if (berkas is null || berkas.Length == 0)
        {
            return BackToUsulan(nomor, galat: "Pilih berkas PDF atau JPG.");
        }

        try
        {
            await usulan.UploadAsync(u, item ?? "", berkas.FileName, await ReadAsync(berkas, ct), KpoActor.From(User), ct);
            return BackToUsulan(nomor, ok: "Dokumen diunggah.");
        }
        catch (KpoException e)
        {
            return BackToUsulan(nomor, galat: e.Message);
        }
    }

    [HttpGet("dokumen/{id:guid}")]
    public async Task<IActionResult> Document(Guid id, CancellationToken ct)
    {
        var scope = await queries.ScopeAsync(User, ct);
        var doc = await db.Set<KpoDokumen>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);
        if (doc is null || !await queries.Usulan(scope, new UsulanFilter(null, null, null, null)).AnyAsync(u => u.Id == doc.UsulanId, ct))
        {
            return NotFound();
        }

        return files.Open(doc.StoragePath) is { } stream ? File(stream, doc.ContentType, doc.FileName) : NotFound();
    }

    [HttpPost("usulan/{nomor}/ajukan")]
    public async Task<IActionResult> Submit(string nomor, CancellationToken ct) =>
        await ActAsync(nomor, Permissions.Propose, (u, a) => usulan.SubmitAsync(u, a, ct), "Usulan diajukan ke BKN.", ct);

    [HttpPost("usulan/{nomor}/putuskan")]
    public async Task<IActionResult> Decide(string nomor, string? keputusan, string? alasan, string[]? kurang, DateOnly? batas, CancellationToken ct)
    {
        var action = keputusan switch { "BTL" => UsulanAction.Btl, "BTS" => UsulanAction.Bts, "TMS" => UsulanAction.Tms, "MS" => UsulanAction.Ms, _ => (UsulanAction?)null };
        if (action is null)
        {
            return BackToUsulan(nomor, galat: "Pilih keputusan: BTL, BTS, TMS atau MS.");
        }

        return await ActAsync(nomor, Permissions.Verify, (u, a) => usulan.DecideAsync(u, action.Value, alasan, kurang, batas, a, ct), "Keputusan disimpan.", ct);
    }

    [HttpPost("usulan/{nomor}/pertek")]
    public async Task<IActionResult> Pertek(string nomor, DateOnly? tanggal, CancellationToken ct) =>
        await ActAsync(nomor, Permissions.Verify, (u, a) => usulan.IssuePertekAsync(u, tanggal, a, ct), "Pertek diterbitkan.", ct);

    [HttpPost("usulan/{nomor}/sk")]
    [RequestSizeLimit(4 * 1024 * 1024)]
    public async Task<IActionResult> Sk(string nomor, string? nomorSk, IFormFile? berkas, CancellationToken ct)
    {
        var u = await TrackedAsync(nomor, Permissions.Propose, ct);
        if (u is null)
        {
            return NotFound();
        }

        if (berkas is null || berkas.Length == 0)
        {
            return BackToUsulan(nomor, galat: "Pilih berkas SK (PDF atau JPG).");
        }

        if (string.IsNullOrWhiteSpace(nomorSk))
        {
            return BackToUsulan(nomor, galat: "Nomor SK wajib diisi.");
        }

        try
        {
            await usulan.UploadAsync(u, UsulanService.SkItem, berkas.FileName, await ReadAsync(berkas, ct), KpoActor.From(User), ct);
            await usulan.CompleteAsync(u, nomorSk, KpoActor.From(User), ct);
            return BackToUsulan(nomor, ok: "SK diunggah; usulan selesai.");
        }
        catch (KpoException e)
        {
            return BackToUsulan(nomor, galat: e.Message);
        }
    }

    [HttpPost("usulan/massal")]
    public async Task<IActionResult> Bulk(string[]? nomor, string? keputusan, string? alasan, CancellationToken ct)
    {
        var scope = await scopes.GetAgencyScopeAsync(User, Permissions.Verify, ct);
        var numbers = (nomor ?? []).Take(500).ToList();
        var list = await db.Set<KpoUsulan>().Within(scope, u => u.AgencyId).Where(u => numbers.Contains(u.Nomor)).ToListAsync(ct);
        var action = keputusan switch { "BTS" => UsulanAction.Bts, "TMS" => UsulanAction.Tms, "MS" => UsulanAction.Ms, _ => (UsulanAction?)null };
        if (action is null || list.Count != numbers.Count)
        {
            return Redirect($"{KepegawaianRoutes.Admin}/usulan?galat=" + Uri.EscapeDataString(action is null ? "Pilih keputusan massal: MS, BTS atau TMS." : "Ada usulan yang tidak ditemukan."));
        }

        try
        {
            var n = await usulan.DecideManyAsync(list, action.Value, alasan, KpoActor.From(User), ct);
            return Redirect($"{KepegawaianRoutes.Admin}/usulan?ok=" + Uri.EscapeDataString($"{n} usulan diputuskan."));
        }
        catch (KpoException e)
        {
            return Redirect($"{KepegawaianRoutes.Admin}/usulan?galat=" + Uri.EscapeDataString(e.Message));
        }
    }

    [HttpGet("ekspor")]
    public async Task<IActionResult> Export(Guid? instansi, DateOnly? periode, string? status, string? jenis, CancellationToken ct)
    {
        var scope = await queries.ScopeAsync(User, ct);
        if (scope.IsEmpty)
        {
            return Forbid();
        }

        var filter = new UsulanFilter(instansi, periode, UsulanStateMachine.Parse(status), Checklists.Parse(jenis));
        var list = await queries.Usulan(scope, filter).OrderBy(u => u.Id).Take(100_000).ToListAsync(ct);
        var nipScope = await scopes.GetAgencyScopeAsync(User, Permissions.ViewFullNip, ct);
        var full = list.Count > 0 && list.All(u => nipScope.Contains(u.AgencyId));
        if (full)
        {
            await queries.AuditNipViewAsync($"ekspor {list.Count} usulan", ct);
        }

        var bytes = KpoQueries.Excel(list, await directory.GetAsync(ct), full, await queries.DashboardAsync(scope, instansi, periode, ct));
        return File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"usulan-kpo-ppo-{Today:yyyyMMdd}.xlsx");
    }

    /// <summary>Today in the site's time zone (App:TimeZone, WIB by default).</summary>
    private DateOnly Today => SiteTimeZone.Today(time, SiteTimeZone.From(configuration));

    private async Task<IActionResult> ActAsync(string nomor, Bkn.Cms.Security.Permission permission, Func<KpoUsulan, KpoActor, Task> act, string ok, CancellationToken ct)
    {
        var u = await TrackedAsync(nomor, permission, ct);
        if (u is null)
        {
            return NotFound();
        }

        try
        {
            await act(u, KpoActor.From(User));
            return BackToUsulan(nomor, ok: ok);
        }
        catch (KpoException e)
        {
            return BackToUsulan(nomor, galat: e.Message);
        }
    }

    private async Task<KpoUsulan?> TrackedAsync(string nomor, Bkn.Cms.Security.Permission permission, CancellationToken ct)
    {
        var scope = await scopes.GetAgencyScopeAsync(User, permission, ct);
        return await db.Set<KpoUsulan>().Within(scope, u => u.AgencyId).FirstOrDefaultAsync(u => u.Nomor == nomor, ct);
    }

    private async Task<KpoNominatif?> ProposableAsync(long id, CancellationToken ct)
    {
        var scope = await scopes.GetAgencyScopeAsync(User, Permissions.Propose, ct);
        return await db.Set<KpoNominatif>().Within(scope, n => n.AgencyId).FirstOrDefaultAsync(n => n.Id == id, ct);
    }

    private async Task<KpoPageBase> PageAsync(AgencyScope scope, Guid? agency, DateOnly? period, string? ok, string? galat, CancellationToken ct)
    {
        var snapshot = await directory.GetAsync(ct);
        var visible = snapshot.All.Where(a => scope.Contains(a.Id)).ToList();
        var listed = await db.Set<KpoDaftar>().AsNoTracking().Within(scope, d => d.AgencyId).Select(d => d.Period).Distinct().ToListAsync(ct);
        var periods = listed.Union(calendar.OpenWindows(Today)).Union(calendar.Between(Today.AddMonths(-3), Today.AddMonths(1))).OrderDescending().ToList();
        var id = agency is { } a && scope.Contains(a) ? a : (Guid?)null;
        return new KpoPageBase
        {
            Agencies = visible,
            AgencyId = id,
            Period = period,
            Periods = periods,
            Ok = ok,
            Error = galat,
            CanManage = id is { } m1 && (await scopes.GetAgencyScopeAsync(User, Permissions.Manage, ct)).Contains(m1),
            CanVerify = !(await scopes.GetAgencyScopeAsync(User, Permissions.Verify, ct)).IsEmpty,
            CanPropose = id is { } m2 ? (await scopes.GetAgencyScopeAsync(User, Permissions.Propose, ct)).Contains(m2) : !(await scopes.GetAgencyScopeAsync(User, Permissions.Propose, ct)).IsEmpty,
            FullNip = id is { } m3 && (await scopes.GetAgencyScopeAsync(User, Permissions.ViewFullNip, ct)).Contains(m3),
        };
    }

    private RedirectResult BackToItem(long id, string? ok = null, string? galat = null) =>
        Redirect($"{KepegawaianRoutes.Admin}/nominatif/{id}" + Query(ok, galat));

    private RedirectResult BackToUsulan(string nomor, string? ok = null, string? galat = null) =>
        Redirect($"{KepegawaianRoutes.Admin}/usulan/{Uri.EscapeDataString(nomor)}" + Query(ok, galat));

    private static string Query(string? ok, string? galat) =>
        ok is not null ? "?ok=" + Uri.EscapeDataString(ok) : galat is not null ? "?galat=" + Uri.EscapeDataString(galat) : "";

    private static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken ct)
    {
        using var ms = new MemoryStream();
        await file.CopyToAsync(ms, ct);
        return ms.ToArray();
    }
}

/// <summary>Position in the verifier queue: after a dossier with a due time ("d{ticks}.{id}") or among those without one ("n{id}").</summary>
internal sealed record QueueCursor(DateTime? Due, long Id, bool Undated)
{
    public static QueueCursor? Parse(string? text)
    {
        if (text is ['n', .. var rest] && long.TryParse(rest, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var undatedId))
        {
            return new QueueCursor(null, undatedId, true);
        }

        if (text is ['d', .. var dated] && dated.Split('.') is [var ticks, var id]
            && long.TryParse(ticks, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var t) && t <= DateTime.MaxValue.Ticks
            && long.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var datedId))
        {
            return new QueueCursor(new DateTime(t, DateTimeKind.Utc), datedId, false);
        }

        return null;
    }

    public static string After(KpoUsulan last) => last.DueUtc is { } due
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"d{due.Ticks}.{last.Id}")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"n{last.Id}");
}
