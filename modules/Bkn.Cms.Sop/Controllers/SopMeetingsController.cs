using ClosedXML.Excel;
using Bkn.Cms.Security;
using Bkn.Cms.Sop.Models;
using Bkn.Cms.Sop.Services;
using Bkn.Cms.Units;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Sop.Controllers;

/// <summary>
/// Validation meetings (Rapat Validasi) for evaluators: the list, a new meeting, a meeting's findings per SOP (the four
/// 2017 checks), and the Excel export of the register with the meetings and findings.
/// </summary>
[Route("admin/sop")]
public sealed class SopMeetingsController(DbContext db, IUnitTree units, IPermissionService permissions, SopQueries queries, SopService sops) : Controller
{
    [HttpGet("rapat")]
    public async Task<IActionResult> Index(string? ok, CancellationToken ct)
    {
        var scope = await permissions.GetUnitScopeAsync(User, Permissions.EvaluateSop, ct);
        if (scope.IsEmpty)
        {
            return Forbid();
        }

        var tree = await units.GetAsync(ct);
        var meetings = (await db.Set<SopMeeting>().AsNoTracking().OrderByDescending(m => m.Date).ThenBy(m => m.Id).ToListAsync(ct)).Where(m => scope.Contains(m.UnitId)).ToList();
        var ids = meetings.Select(m => m.Id).ToList();
        var findings = await db.Set<SopFinding>().AsNoTracking().Where(f => ids.Contains(f.MeetingId)).GroupBy(f => f.MeetingId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        ViewData["Units"] = tree.DepthFirst().Where(u => scope.Contains(u.Id) && u.Depth > 0).ToList();
        ViewData["Findings"] = findings;
        ViewData["Tree"] = tree;
        ViewData["Message"] = ok == "rapat" ? "Rapat validasi disimpan." : ok == "temuan" ? "Temuan disimpan." : null;
        return View(meetings);
    }

    [HttpPost("rapat")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create(string unit, DateOnly? date, string? participants, string? notes, CancellationToken ct)
    {
        var tree = await units.GetAsync(ct);
        var target = tree.DepthFirst().FirstOrDefault(u => u.Code == unit);
        if (target is null || !await permissions.HasPermissionAsync(User, Permissions.EvaluateSop, target.Id, ct))
        {
            return Forbid();
        }

        if (date is null)
        {
            return BadRequest("Tanggal rapat wajib diisi.");
        }

        var meeting = new SopMeeting { UnitId = target.Id, Date = date.Value, Participants = Trim(participants), Notes = Trim(notes) };
        db.Add(meeting);
        await db.SaveChangesAsync(ct);
        return Redirect($"/admin/sop/rapat/{meeting.Id}");
    }

    [HttpGet("rapat/{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken ct)
    {
        var meeting = await db.Set<SopMeeting>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct);
        if (meeting is null || !await permissions.HasPermissionAsync(User, Permissions.EvaluateSop, meeting.UnitId, ct))
        {
            return NotFound();
        }

        var tree = await units.GetAsync(ct);
        var findings = await db.Set<SopFinding>().AsNoTracking().Where(f => f.MeetingId == id).ToListAsync(ct);
        var sops = await db.Set<SopDocument>().AsNoTracking().Where(s => s.UnitId == meeting.UnitId && s.Status != SopStatus.Diganti)
            .OrderBy(s => s.Nomor).Select(s => new SopRef(s.Id, s.Nomor, s.Nama)).ToListAsync(ct);
        ViewData["Unit"] = tree.Find(meeting.UnitId)?.Name ?? "";
        ViewData["Findings"] = findings;
        ViewData["Sops"] = sops;
        return View(meeting);
    }

    /// <summary>Records (or replaces) the meeting's finding on one SOP; a nonconforming check on a submitted SOP sends it back for correction.</summary>
    [HttpPost("rapat/{id:int}/temuan")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Finding(int id, Guid sop, bool nomenklatur, bool simbol, bool substansi, bool efektivitas, string? catatan, CancellationToken ct)
    {
        var meeting = await db.Set<SopMeeting>().FirstOrDefaultAsync(m => m.Id == id, ct);
        if (meeting is null || !await permissions.HasPermissionAsync(User, Permissions.EvaluateSop, meeting.UnitId, ct))
        {
            return NotFound();
        }

        var document = await db.Set<SopDocument>().FirstOrDefaultAsync(s => s.Id == sop && s.UnitId == meeting.UnitId, ct);
        if (document is null)
        {
            return BadRequest("SOP tidak ditemukan di unit rapat ini.");
        }

        var finding = await db.Set<SopFinding>().FirstOrDefaultAsync(f => f.MeetingId == id && f.SopId == sop, ct);
        if (finding is null)
        {
            db.Add(finding = new SopFinding { MeetingId = id, SopId = sop });
        }

        (finding.Nomenklatur, finding.Simbol, finding.Substansi, finding.Efektivitas, finding.Catatan) = (nomenklatur, simbol, substansi, efektivitas, Trim(catatan));
        var reviewed = await db.Set<SopFinding>().CountAsync(f => f.MeetingId == id, ct) + (db.Entry(finding).State == EntityState.Added ? 1 : 0);
        meeting.SopCount = Math.Max(meeting.SopCount, reviewed);
        if (document.Status != SopStatus.Diajukan || (nomenklatur && simbol && substansi && efektivitas))
        {
            await db.SaveChangesAsync(ct);
            return Redirect($"/admin/sop/rapat/{id}");
        }

        // A nonconforming finding sends the submitted SOP back: a lifecycle move (its workflow tells the author), saved
        // with the finding in one transaction; a refused move saves nothing.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        var moved = await sops.MoveAsync(User, document.Id, SopAction.Kembalikan, document.Stamp, $"Temuan rapat validasi {meeting.Date:dd-MM-yyyy}: {finding.Catatan}", null, null, ct);
        if (!moved.Ok)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            return BadRequest(moved.Error);
        }

        await transaction.CommitAsync(ct);
        return Redirect($"/admin/sop/rapat/{id}");
    }

    /// <summary>The register (filters as the list), the meetings and the findings as one workbook.</summary>
    [HttpGet("ekspor")]
    public async Task<IActionResult> Export(string? unit, string? status, string? q, CancellationToken ct)
    {
        var scope = await queries.ScopeAsync(User, ct);
        if (scope.IsEmpty)
        {
            return Forbid();
        }

        var tree = await units.GetAsync(ct);
        var (rows, _) = await queries.ListAsync(scope, new ViewModels.SopFilter(unit, SopStatuses.Parse(status), q, 1), publicOnly: false, 50_000, ct);
        using var workbook = new XLWorkbook();
        var register = workbook.AddWorksheet("Register SOP");
        string[] headers = ["Nomor SOP", "Nama SOP", "Unit kerja", "Status", "Versi", "Jumlah kegiatan"];
        for (var c = 0; c < headers.Length; c++)
        {
            register.Cell(1, c + 1).Value = headers[c];
        }

        var r = 2;
        foreach (var row in rows)
        {
            register.Cell(r, 1).Value = row.Nomor;
            register.Cell(r, 2).Value = row.Nama;
            register.Cell(r, 3).Value = row.Unit;
            register.Cell(r, 4).Value = SopStatuses.Label(row.Status);
            register.Cell(r, 5).Value = row.Version;
            register.Cell(r, 6).Value = row.ActivityCount;
            r++;
        }

        register.Row(1).Style.Font.Bold = true;
        var meetingsSheet = workbook.AddWorksheet("Rapat Validasi");
        string[] meetingHeaders = ["Unit kerja", "Tanggal", "Jumlah SOP", "Peserta", "Catatan"];
        for (var c = 0; c < meetingHeaders.Length; c++)
        {
            meetingsSheet.Cell(1, c + 1).Value = meetingHeaders[c];
        }

        var meetings = (await db.Set<SopMeeting>().AsNoTracking().OrderBy(m => m.Date).ToListAsync(ct)).Where(m => scope.Contains(m.UnitId)).ToList();
        r = 2;
        foreach (var m in meetings)
        {
            meetingsSheet.Cell(r, 1).Value = tree.Find(m.UnitId)?.Name ?? "";
            meetingsSheet.Cell(r, 2).Value = m.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            meetingsSheet.Cell(r, 3).Value = m.SopCount;
            meetingsSheet.Cell(r, 4).Value = m.Participants;
            meetingsSheet.Cell(r, 5).Value = m.Notes;
            r++;
        }

        meetingsSheet.Row(1).Style.Font.Bold = true;
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return File(stream.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "register-sop.xlsx");
    }

    private static string Trim(string? value)
    {
        var text = (value ?? "").Trim();
        return text.Length > SopDocument.TextLength ? text[..SopDocument.TextLength] : text;
    }
}

public sealed record SopRef(Guid Id, string Nomor, string Nama);
