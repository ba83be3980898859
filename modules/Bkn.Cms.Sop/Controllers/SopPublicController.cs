using Bkn.Cms.Security;
using Bkn.Cms.Sop.Models;
using Bkn.Cms.Sop.Services;
using Bkn.Cms.Sop.ViewModels;
using Bkn.Cms.Units;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Sop.Controllers;

/// <summary>
/// The SOPs in force as public information available at all times: the list (search by number, name and activity
/// text), each SOP at its own address with its identity and flowchart inline as SVG, and an A4 print view.
/// </summary>
[AllowAnonymous]
public sealed class SopPublicController(DbContext db, IUnitTree units, SopQueries queries, SopRegulations regulations) : Controller
{
    public const int PageSize = 50;

    [HttpGet(SopRoutes.Public)]
    public async Task<IActionResult> Index(string? q, string? unit, int page = 1, CancellationToken ct = default)
    {
        var (rows, total) = await queries.ListAsync(UnitScope.All, new SopFilter(unit, SopStatus.Berlaku, q, Math.Max(1, page)), publicOnly: true, PageSize, ct);
        var tree = await units.GetAsync(ct);
        var withSops = await db.Set<SopDocument>().AsNoTracking().Where(s => s.Status == SopStatus.Berlaku).Select(s => s.UnitId).Distinct().ToListAsync(ct);
        return View(new SopPublicListViewModel(rows, total, Math.Max(1, page), PageSize, q, unit, tree.DepthFirst().Where(u => withSops.Contains(u.Id)).ToList()));
    }

    [HttpGet(SopRoutes.Public + "/{id:guid}")]
    public async Task<IActionResult> Show(Guid id, CancellationToken ct) =>
        await ModelAsync(id, ct) is { } model ? View(model) : NotFound();

    [HttpGet(SopRoutes.Public + "/{id:guid}/cetak")]
    public async Task<IActionResult> Print(Guid id, CancellationToken ct) =>
        await ModelAsync(id, ct) is { } model ? View(model) : NotFound();

    private async Task<SopPublicViewModel?> ModelAsync(Guid id, CancellationToken ct)
    {
        // The address names the procedure (its series); a version id works as well. Only the version in force is public.
        var sop = await db.Set<SopDocument>().AsNoTracking()
            .Where(s => (s.SeriesId == id || s.Id == id) && s.Status == SopStatus.Berlaku)
            .OrderByDescending(s => s.Version).FirstOrDefaultAsync(ct);
        if (sop is null)
        {
            return null;
        }

        var tree = await units.GetAsync(ct);
        var flowchart = Flowchart.Parse(sop.FlowchartJson);
        var numbers = sop.Keterkaitan.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(50).ToList();
        var related = await db.Set<SopDocument>().AsNoTracking().Where(s => numbers.Contains(s.Nomor) && s.Status == SopStatus.Berlaku)
            .Select(s => new { s.Nomor, s.Nama, s.SeriesId }).ToListAsync(ct);
        var links = numbers.Select(n => related.FirstOrDefault(r => r.Nomor == n) is { } r ? (r.Nomor, r.Nama, (Guid?)r.SeriesId) : (n, "", null)).ToList();
        return new SopPublicViewModel(sop, tree.Find(sop.UnitId)?.Name ?? "", flowchart, SopFlowchartRenderer.Render(flowchart, sop.Nama), links)
        {
            LegalBases = await regulations.ResolveAsync(sop.DasarHukum, ct),
        };
    }
}
