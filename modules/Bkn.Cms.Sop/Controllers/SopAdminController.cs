using System.Text;
using Bkn.Cms.Security;
using Bkn.Cms.Sop.Models;
using Bkn.Cms.Sop.Services;
using Bkn.Cms.Sop.ViewModels;
using Bkn.Cms.Units;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Sop.Controllers;

/// <summary>
/// The admin register: list with filters (unit, status, text) and paging in the user's units, the editor of an SOP
/// (identity and flowchart rows: add, remove, move, executors from the unit's SOTK list, decision exits) with a live
/// preview, the lifecycle buttons, revisions, the unit's job titles and the Ortala dashboard.
/// </summary>
[Route("admin/sop")]
public sealed class SopAdminController(DbContext db, IUnitTree units, IPermissionService permissions, SopService service, SopQueries queries, SopRegulations regulations, SopWorkflow workflow) : Controller
{
    private static readonly Dictionary<string, string> Notices = new(StringComparer.Ordinal)
    {
        ["simpan"] = "SOP disimpan.",
        ["aksi"] = "Status SOP diubah.",
        ["revisi"] = "Revisi dibuat sebagai draf; versi yang berlaku tetap berlaku sampai revisi disahkan.",
        ["jabatan"] = "Daftar jabatan disimpan.",
    };

    [HttpGet("")]
    public async Task<IActionResult> Index(string? unit, string? status, string? q, int page = 1, string? ok = null, CancellationToken ct = default)
    {
        var scope = await queries.ScopeAsync(User, ct);
        if (scope.IsEmpty)
        {
            return Forbid();
        }

        var filter = new SopFilter(unit, SopStatuses.Parse(status), q, Math.Max(1, page));
        var (rows, total) = await queries.ListAsync(scope, filter, publicOnly: false, SopQueries.PageSize, ct);
        var tree = await units.GetAsync(ct);
        var writeScope = await permissions.GetUnitScopeAsync(User, Permissions.WriteSop, ct);
        return View(new SopListViewModel(filter, rows, total, SopQueries.PageSize, tree.DepthFirst().Where(u => scope.Contains(u.Id)).ToList(), !writeScope.IsEmpty, Notice(ok)));
    }

    [HttpGet("baru")]
    public async Task<IActionResult> New(string? unit, CancellationToken ct)
    {
        var writeScope = await permissions.GetUnitScopeAsync(User, Permissions.WriteSop, ct);
        var tree = await units.GetAsync(ct);
        var target = tree.DepthFirst().FirstOrDefault(u => (unit is null || u.Code == unit || u.Id.ToString() == unit) && writeScope.Contains(u.Id) && (unit is not null || !writeScope.AllUnits || u.Depth > 0));
        if (target is null)
        {
            return Forbid();
        }

        var input = new SopEditInput
        {
            UnitId = target.Id,
            TanggalPembuatan = service.Today,
            Steps =
            [
                new FlowStep { Id = NewId(), Kind = StepKind.Mulai, Kegiatan = "Menerima permohonan" },
                new FlowStep { Id = NewId(), Kind = StepKind.Kegiatan, Kegiatan = "" },
                new FlowStep { Id = NewId(), Kind = StepKind.Selesai, Kegiatan = "Mengarsipkan dokumen" },
            ],
        };
        return View("Edit", await EditModelAsync(input, null, [], null, null, ct));
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Edit(Guid id, string? ok, CancellationToken ct)
    {
        var sop = await db.Set<SopDocument>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (sop is null || !(await queries.ScopeAsync(User, ct)).Contains(sop.UnitId))
        {
            return NotFound();
        }

        var issues = await service.CheckAsync(sop, Flowchart.Parse(sop.FlowchartJson), ct);
        return View(await EditModelAsync(SopEditInput.From(sop), sop, issues, Notice(ok), null, ct));
    }

    /// <summary>The editor's one form: row buttons change the rows in memory; "simpan" saves everything in one transaction.</summary>
    [HttpPost("simpan")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Save([FromForm] SopEditInput input, CancellationToken ct)
    {
        if (!await permissions.HasPermissionAsync(User, Permissions.WriteSop, input.UnitId, ct))
        {
            return Forbid();
        }

        // Empty fields of a row arrive as null: the rows are normalised before any command or a re-shown form reads them.
        input.Steps = input.ToFlowchart().Steps;
        var saved = input.Id == Guid.Empty ? null : await db.Set<SopDocument>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == input.Id, ct);
        var command = input.Perintah ?? "simpan";
        if (command != "simpan")
        {
            IReadOnlyList<RegulationOption>? options = null;
            string? notice = "Perubahan baris belum disimpan; tekan Simpan.";
            string? problem = null;
            if (command == "cari-peraturan")
            {
                // The Dasar Hukum picker: published regulations of the site's register whose title has the words.
                options = await regulations.SearchAsync(input.CariPeraturan, ct);
                notice = null;
                if (string.IsNullOrWhiteSpace(input.CariPeraturan))
                {
                    problem = "Tuliskan nomor, tahun atau kata dari judul peraturan yang dicari.";
                }
            }
            else if (command.StartsWith(SopRegulations.Reference, StringComparison.Ordinal))
            {
                var regulation = await regulations.FindAsync(command[SopRegulations.Reference.Length..], ct);
                if (regulation is null)
                {
                    problem = "Peraturan itu tidak ditemukan atau belum terbit.";
                }
                else if (SopRegulations.Parse(input.DasarHukum).Any(l => l.Id == regulation.Id))
                {
                    notice = "Peraturan itu sudah ada di Dasar Hukum.";
                }
                else
                {
                    input.DasarHukum = string.Join('\n', new[] { (input.DasarHukum ?? "").TrimEnd(), SopRegulations.Line(regulation.Title, regulation.Id) }.Where(l => l.Length > 0));
                    notice = "Peraturan ditambahkan ke Dasar Hukum; tekan Simpan.";
                }
            }
            else
            {
                ApplyCommand(input, command);
            }

            ModelState.Clear();
            var flowchart = input.ToFlowchart();
            var context = await service.ContextAsync(input.UnitId, saved?.SeriesId ?? Guid.Empty, ct);
            var model = await EditModelAsync(input, saved, SopRules.Validate(input.ToDocument(), flowchart, context), notice, problem, ct);
            return View("Edit", model with { RegulationOptions = options });
        }

        var result = await service.SaveAsync(User, input.ToDocument(), input.ToFlowchart(), ct);
        if (result.Sop is null)
        {
            ModelState.Clear();
            return View("Edit", await EditModelAsync(input, saved, result.Issues, null, result.Error ?? "SOP tidak disimpan: perbaiki temuan yang ditandai.", ct));
        }

        return Redirect($"/admin/sop/{result.Sop.Id}?ok=simpan");
    }

    /// <summary>The live preview: the editor posts its form, the answer is the flowchart as SVG (nothing is saved).</summary>
    [HttpPost("pratinjau")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Preview([FromForm] SopEditInput input, CancellationToken ct)
    {
        if (!await permissions.HasPermissionAsync(User, Permissions.WriteSop, input.UnitId, ct))
        {
            return Forbid();
        }

        var flowchart = input.ToFlowchart();
        if (flowchart.Steps.Count > SopRules.MaxRows)
        {
            return BadRequest($"Diagram alir paling banyak {SopRules.MaxRows} baris.");
        }

        return Content(SopFlowchartRenderer.RenderDocument(flowchart, input.Nama ?? "SOP"), "image/svg+xml", Encoding.UTF8);
    }

    [HttpPost("{id:guid}/aksi")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Move(Guid id, SopAction aksi, int stamp, string? catatan, DateOnly? tanggalEfektif, [FromForm] Dictionary<string, string>? notes, CancellationToken ct)
    {
        var rowNotes = Request.Form.Keys.Where(k => k.StartsWith("catatan-baris.", StringComparison.Ordinal))
            .ToDictionary(k => k["catatan-baris.".Length..], k => Request.Form[k].ToString());
        var result = await service.MoveAsync(User, id, aksi, stamp, catatan, rowNotes, tanggalEfektif, ct);
        if (result.Error == SopService.NotAllowed)
        {
            return Forbid();
        }

        if (result.Sop is null)
        {
            var sop = await db.Set<SopDocument>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
            if (sop is null)
            {
                return NotFound();
            }

            return View("Edit", await EditModelAsync(SopEditInput.From(sop), sop, result.Issues, null, result.Error, ct));
        }

        return Redirect($"/admin/sop/{id}?ok=aksi");
    }

    [HttpPost("{id:guid}/revisi")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Revise(Guid id, CancellationToken ct)
    {
        var result = await service.ReviseAsync(User, id, ct);
        if (result.Error == SopService.NotAllowed)
        {
            return Forbid();
        }

        return result.Sop is null ? Redirect($"/admin/sop/{id}") : Redirect($"/admin/sop/{result.Sop.Id}?ok=revisi");
    }

    [HttpGet("jabatan")]
    public async Task<IActionResult> JobTitles(string? unit, string? ok, CancellationToken ct)
    {
        var scope = await permissions.GetUnitScopeAsync(User, Permissions.EvaluateSop, ct);
        if (scope.IsEmpty)
        {
            return Forbid();
        }

        var tree = await units.GetAsync(ct);
        var list = tree.DepthFirst().Where(u => scope.Contains(u.Id)).ToList();
        var target = list.FirstOrDefault(u => u.Code == unit) ?? list.FirstOrDefault(u => u.Depth > 0) ?? list.FirstOrDefault();
        if (target is null)
        {
            return Forbid();
        }

        var titles = await db.Set<SopJobTitle>().AsNoTracking().Where(t => t.UnitId == target.Id).OrderBy(t => t.Title).Select(t => t.Title).ToListAsync(ct);
        return View(new JobTitlesViewModel(target, list, string.Join('\n', titles), Notice(ok)));
    }

    [HttpPost("jabatan")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> SaveJobTitles(string unit, string? titles, CancellationToken ct)
    {
        var tree = await units.GetAsync(ct);
        var target = tree.DepthFirst().FirstOrDefault(u => u.Code == unit);
        if (target is null || !await permissions.HasPermissionAsync(User, Permissions.EvaluateSop, target.Id, ct))
        {
            return Forbid();
        }

        var wanted = (titles ?? "").Split('\n').Select(t => t.Trim()).Where(t => t.Length is > 0 and <= SopJobTitle.TitleLength).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var existing = await db.Set<SopJobTitle>().Where(t => t.UnitId == target.Id).ToListAsync(ct);
        db.RemoveRange(existing.Where(e => !wanted.Contains(e.Title, StringComparer.OrdinalIgnoreCase)));
        foreach (var title in wanted.Where(w => !existing.Any(e => string.Equals(e.Title, w, StringComparison.OrdinalIgnoreCase))))
        {
            db.Add(new SopJobTitle { UnitId = target.Id, Title = title });
        }

        await db.SaveChangesAsync(ct);
        return Redirect($"/admin/sop/jabatan?unit={Uri.EscapeDataString(target.Code)}&ok=jabatan");
    }

    [HttpGet("dasbor")]
    public async Task<IActionResult> Dashboard(int? tahun, CancellationToken ct)
    {
        if (!await permissions.HasPermissionAsync(User, Permissions.EvaluateSop, cancellationToken: ct))
        {
            return Forbid();
        }

        var scope = await permissions.GetUnitScopeAsync(User, Permissions.EvaluateSop, ct);
        var tree = await units.GetAsync(ct);
        var assessments = await db.Set<SopUnitAssessment>().AsNoTracking().ToListAsync(ct);
        var year = tahun ?? (assessments.Count > 0 ? assessments.Max(a => a.Year) : service.Today.Year);
        var counts = await db.Set<SopDocument>().AsNoTracking().Where(s => s.Status != SopStatus.Diganti)
            .GroupBy(s => new { s.UnitId, s.Status }).Select(g => new { g.Key.UnitId, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        var meetings = await db.Set<SopMeeting>().AsNoTracking().ToListAsync(ct);
        var rounds = (await db.Set<SopReviewRound>().AsNoTracking().ToListAsync(ct)).Where(r => scope.Contains(r.UnitId)).ToList();
        var rows = tree.DepthFirst().Where(u => scope.Contains(u.Id) && u.Depth > 0)
            .Select(u => new DashboardRow(
                u,
                assessments.FirstOrDefault(a => a.UnitId == u.Id && a.Year == year)?.Category,
                counts.Where(c => c.UnitId == u.Id).Sum(c => c.Count),
                counts.Where(c => c.UnitId == u.Id && c.Status == SopStatus.Berlaku).Sum(c => c.Count),
                counts.Where(c => c.UnitId == u.Id && c.Status < SopStatus.Disahkan).Sum(c => c.Count),
                meetings.Count(m => m.UnitId == u.Id),
                meetings.Where(m => m.UnitId == u.Id).Select(m => (DateOnly?)m.Date).Max())
            {
                Monitoring = Latest(rounds, u.Id, ReviewKind.Pemantauan),
                Evaluation = Latest(rounds, u.Id, ReviewKind.Evaluasi),
            })
            .Where(r => r.Category is not null || r.Total > 0 || r.Meetings > 0 || r.Monitoring is not null)
            .ToList();
        var categoryCounts = Enum.GetValues<UnitCategory>().ToDictionary(c => c, c => rows.Count(r => r.Category == c));
        return View(new DashboardViewModel(year, rows, categoryCounts, meetings.Count, meetings.Sum(m => m.SopCount), Completion(rounds, ReviewKind.Pemantauan), Completion(rounds, ReviewKind.Evaluasi)));
    }

    private static string? Latest(List<SopReviewRound> rounds, Guid unitId, ReviewKind kind) =>
        rounds.Where(r => r.UnitId == unitId && r.Kind == kind).OrderByDescending(r => r.OpenedOn).FirstOrDefault() is { } round
            ? $"{round.Period} {SopReviewService.State(round)}"
            : null;

    /// <summary>The latest period of a kind and how many units completed it, still have it open, or are late.</summary>
    private static ReviewCompletion? Completion(List<SopReviewRound> rounds, ReviewKind kind)
    {
        var latest = rounds.Where(r => r.Kind == kind).OrderByDescending(r => r.OpenedOn).FirstOrDefault();
        if (latest is null)
        {
            return null;
        }

        var period = rounds.Where(r => r.Kind == kind && r.Period == latest.Period).ToList();
        return new ReviewCompletion(latest.Period, period.Count(r => r.CompletedUtc is not null), period.Count(r => r.CompletedUtc is null && r.OverdueUtc is null), period.Count(r => r.CompletedUtc is null && r.OverdueUtc is not null));
    }

    private static void ApplyCommand(SopEditInput input, string command)
    {
        var parts = command.Split(':', 2);
        var index = parts.Length == 2 && int.TryParse(parts[1], out var i) ? i : -1;
        var steps = input.Steps;
        switch (parts[0])
        {
            case "tambah":
                var at = index >= 0 && index < steps.Count ? index + 1 : Math.Max(0, steps.Count - (steps.Count > 0 && steps[^1].Kind == StepKind.Selesai ? 1 : 0));
                if (steps.Count < SopRules.MaxRows)
                {
                    steps.Insert(at, new FlowStep { Id = NewId(), Kind = StepKind.Kegiatan, Pelaksana = at > 0 ? steps[at - 1].Pelaksana : "" });
                }

                break;
            case "keputusan":
                var place = index >= 0 && index < steps.Count ? index + 1 : steps.Count;
                steps.Insert(place, new FlowStep { Id = NewId(), Kind = StepKind.Keputusan, Kegiatan = "Apakah ...?", Pelaksana = place > 0 ? steps[place - 1].Pelaksana : "" });
                break;
            case "hapus" when index >= 0 && index < steps.Count:
                var removed = steps[index].Id;
                steps.RemoveAt(index);
                foreach (var step in steps)
                {
                    step.Next = step.Next == removed ? null : step.Next;
                    step.Yes = step.Yes == removed ? null : step.Yes;
                    step.No = step.No == removed ? null : step.No;
                }

                break;
            case "naik" when index > 0 && index < steps.Count:
                (steps[index - 1], steps[index]) = (steps[index], steps[index - 1]);
                break;
            case "turun" when index >= 0 && index < steps.Count - 1:
                (steps[index + 1], steps[index]) = (steps[index], steps[index + 1]);
                break;
        }
    }

    private static string NewId() => Guid.NewGuid().ToString("N")[..8];

    private async Task<SopEditViewModel> EditModelAsync(SopEditInput input, SopDocument? saved, IReadOnlyList<SopIssue> issues, string? message, string? error, CancellationToken ct)
    {
        var tree = await units.GetAsync(ct);
        var titles = await db.Set<SopJobTitle>().AsNoTracking().Where(t => t.UnitId == input.UnitId).OrderBy(t => t.Title).Select(t => t.Title).ToListAsync(ct);
        var canWrite = await permissions.HasPermissionAsync(User, Permissions.WriteSop, input.UnitId, ct);
        var actions = new List<SopTransition>();
        IReadOnlyList<SopAction>? awaited = null;
        if (saved is not null)
        {
            // With the lifecycle workflow on, only what the SOP's instance waits for (a refused move would say the same).
            awaited = await workflow.AwaitedAsync(saved, ct);
            foreach (var transition in SopLifecycle.From(saved.Status).Where(t => awaited is null || awaited.Contains(t.Action)))
            {
                if (await permissions.HasPermissionAsync(User, transition.Permission, saved.UnitId, ct))
                {
                    actions.Add(transition);
                }
            }
        }

        var events = saved is null ? [] : await db.Set<SopEvent>().AsNoTracking().Where(e => e.SopId == saved.Id).OrderByDescending(e => e.Id).Take(50).ToListAsync(ct);
        var versions = saved is null ? [] : await db.Set<SopDocument>().AsNoTracking().Where(s => s.SeriesId == saved.SeriesId).OrderBy(s => s.Version).ToListAsync(ct);
        var svg = SopFlowchartRenderer.RenderDocument(input.ToFlowchart(), input.Nama);
        var legal = saved is null ? [] : await regulations.ResolveAsync(saved.DasarHukum, ct);
        return new SopEditViewModel(
            input,
            saved,
            tree.Find(input.UnitId)?.Name ?? "",
            titles,
            issues,
            saved is null ? new Dictionary<string, string>() : SopService.Notes(saved),
            actions,
            canWrite && (saved is null || SopLifecycle.IsEditable(saved.Status)),
            canWrite && saved is not null && SopLifecycle.CanRevise(saved.Status),
            events,
            versions,
            svg,
            message,
            error)
        {
            LegalBases = legal,
            Awaited = awaited,
        };
    }

    private static string? Notice(string? ok) => ok is not null && Notices.TryGetValue(ok, out var notice) ? notice : null;
}
