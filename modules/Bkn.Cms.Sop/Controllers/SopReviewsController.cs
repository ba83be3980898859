using System.Globalization;
using ClosedXML.Excel;
using Bkn.Cms.Sop.Models;
using Bkn.Cms.Sop.Services;
using Bkn.Cms.Units;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Sop.Controllers;

/// <summary>
/// Monitoring (every six months) and evaluation (yearly) rounds: the list of rounds in the user's units with their state
/// (Terbuka, Diingatkan, Terlambat, Selesai), the unit's form per round (each SOP in force: berjalan baik / tidak,
/// catatan, tindakan; or the evaluation criteria Ya/Tidak with notes), and the Excel export of the results.
/// </summary>
[Route("admin/sop/pemantauan")]
public sealed class SopReviewsController(DbContext db, IUnitTree units, SopQueries queries, SopReviewService reviews, Microsoft.Extensions.Configuration.IConfiguration configuration) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? ok, CancellationToken ct)
    {
        var scope = await queries.ScopeAsync(User, ct);
        if (scope.IsEmpty)
        {
            return Forbid();
        }

        var tree = await units.GetAsync(ct);
        var rounds = (await db.Set<SopReviewRound>().AsNoTracking().OrderByDescending(r => r.OpenedOn).ThenBy(r => r.Kind).ThenBy(r => r.Id).ToListAsync(ct))
            .Where(r => scope.Contains(r.UnitId)).Take(500).ToList();
        var ids = rounds.Select(r => r.Id).ToList();
        var answered = (await db.Set<SopReviewEntry>().AsNoTracking().Where(e => ids.Contains(e.RoundId)).ToListAsync(ct))
            .GroupBy(e => e.RoundId).ToDictionary(g => g.Key, g => g.Count(e => SopReviewService.IsAnswered(rounds.First(r => r.Id == g.Key).Kind, e)));
        var rows = rounds.Select(r => new ReviewRoundRow(r, tree.Find(r.UnitId)?.Name ?? "", answered.GetValueOrDefault(r.Id))).ToList();
        return View(new ReviewListViewModel(rows, ok == "simpan" ? "Jawaban disimpan." : ok == "selesai" ? "Putaran diselesaikan." : null));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken ct) => await ShowAsync(id, null, ct);

    [HttpPost("{id:int}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Save(int id, string? selesai, CancellationToken ct)
    {
        var round = await db.Set<SopReviewRound>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (round is null || !(await queries.ScopeAsync(User, ct)).Contains(round.UnitId))
        {
            return NotFound();
        }

        var form = Request.Form;
        var answers = new List<ReviewAnswer>();
        foreach (var key in form.Keys.Where(k => k.StartsWith("sop.", StringComparison.Ordinal)))
        {
            if (!Guid.TryParse(form[key], out var sopId))
            {
                continue;
            }

            var p = "r." + sopId.ToString("N") + ".";
            bool? Bool(string name) => form[p + name].ToString() switch { "ya" => true, "tidak" => false, _ => null };
            var criteria = EvaluationCriteria.All.ToDictionary(c => c.Key, c => (Bool("k." + c.Key), (string?)form[p + "kc." + c.Key].ToString()));
            answers.Add(new ReviewAnswer(sopId, Bool("baik"), form[p + "catatan"], form[p + "tindakan"], criteria));
        }

        var error = await reviews.SaveAsync(User, id, answers, selesai == "1", ct);
        if (error == SopService.NotAllowed)
        {
            return Forbid();
        }

        return error is null ? Redirect($"/admin/sop/pemantauan?ok={(selesai == "1" ? "selesai" : "simpan")}") : await ShowAsync(id, error, ct);
    }

    /// <summary>The monitoring and evaluation results in the user's units as one workbook.</summary>
    [HttpGet("ekspor")]
    public async Task<IActionResult> Export(CancellationToken ct)
    {
        var scope = await queries.ScopeAsync(User, ct);
        if (scope.IsEmpty)
        {
            return Forbid();
        }

        var tree = await units.GetAsync(ct);
        var rounds = (await db.Set<SopReviewRound>().AsNoTracking().OrderBy(r => r.OpenedOn).ThenBy(r => r.Id).ToListAsync(ct)).Where(r => scope.Contains(r.UnitId)).ToList();
        var ids = rounds.Select(r => r.Id).ToList();
        var entries = await db.Set<SopReviewEntry>().AsNoTracking().Where(e => ids.Contains(e.RoundId)).ToListAsync(ct);
        var sopIds = entries.Select(e => e.SopId).Distinct().ToList();
        var sops = await db.Set<SopDocument>().AsNoTracking().Where(s => sopIds.Contains(s.Id)).Select(s => new { s.Id, s.Nomor, s.Nama }).ToDictionaryAsync(s => s.Id, ct);
        using var workbook = new XLWorkbook();
        var roundsSheet = workbook.AddWorksheet("Putaran");
        Header(roundsSheet, ["Unit kerja", "Jenis", "Periode", "Dibuka", "Batas", "Status", "Diselesaikan"]);
        var r = 2;
        foreach (var round in rounds)
        {
            roundsSheet.Cell(r, 1).Value = tree.Find(round.UnitId)?.Name ?? "";
            roundsSheet.Cell(r, 2).Value = ReviewKinds.Label(round.Kind);
            roundsSheet.Cell(r, 3).Value = round.Period;
            roundsSheet.Cell(r, 4).Value = round.OpenedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            roundsSheet.Cell(r, 5).Value = round.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            roundsSheet.Cell(r, 6).Value = SopReviewService.State(round);
            roundsSheet.Cell(r, 7).Value = round.CompletedUtc is { } completed ? Bkn.Cms.Hosting.SiteTimeZone.Format(completed, Bkn.Cms.Hosting.SiteTimeZone.From(configuration)) : "";
            r++;
        }

        var monitoring = workbook.AddWorksheet("Hasil Pemantauan");
        Header(monitoring, ["Unit kerja", "Periode", "Nomor SOP", "Nama SOP", "Berjalan baik", "Catatan", "Tindakan"]);
        var evaluation = workbook.AddWorksheet("Hasil Evaluasi");
        Header(evaluation, ["Unit kerja", "Periode", "Nomor SOP", "Nama SOP", .. EvaluationCriteria.All.Select(c => c.Label), "Catatan"]);
        int m = 2, e = 2;
        foreach (var entry in entries.OrderBy(x => x.RoundId).ThenBy(x => sops.GetValueOrDefault(x.SopId)?.Nomor))
        {
            var round = rounds.First(x => x.Id == entry.RoundId);
            var sop = sops.GetValueOrDefault(entry.SopId);
            var sheet = round.Kind == ReviewKind.Pemantauan ? monitoring : evaluation;
            var row = round.Kind == ReviewKind.Pemantauan ? m++ : e++;
            sheet.Cell(row, 1).Value = tree.Find(round.UnitId)?.Name ?? "";
            sheet.Cell(row, 2).Value = round.Period;
            sheet.Cell(row, 3).Value = sop?.Nomor ?? "";
            sheet.Cell(row, 4).Value = sop?.Nama ?? "";
            if (round.Kind == ReviewKind.Pemantauan)
            {
                sheet.Cell(row, 5).Value = entry.BerjalanBaik switch { true => "Ya", false => "Tidak", _ => "" };
                sheet.Cell(row, 6).Value = entry.Catatan;
                sheet.Cell(row, 7).Value = entry.Tindakan;
            }
            else
            {
                var answers = SopReviewService.Criteria(entry);
                for (var c = 0; c < EvaluationCriteria.All.Count; c++)
                {
                    var answer = answers.GetValueOrDefault(EvaluationCriteria.All[c].Key);
                    var text = answer?.Ya switch { true => "Ya", false => "Tidak", _ => "" };
                    sheet.Cell(row, 5 + c).Value = string.IsNullOrEmpty(answer?.Catatan) ? text : $"{text} — {answer.Catatan}";
                }

                sheet.Cell(row, 5 + EvaluationCriteria.All.Count).Value = entry.Catatan;
            }
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return File(stream.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "pemantauan-evaluasi-sop.xlsx");
    }

    private static void Header(IXLWorksheet sheet, string[] headers)
    {
        for (var c = 0; c < headers.Length; c++)
        {
            sheet.Cell(1, c + 1).Value = headers[c];
        }

        sheet.Row(1).Style.Font.Bold = true;
    }

    private async Task<IActionResult> ShowAsync(int id, string? error, CancellationToken ct)
    {
        var round = await db.Set<SopReviewRound>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (round is null || !(await queries.ScopeAsync(User, ct)).Contains(round.UnitId))
        {
            return NotFound();
        }

        var tree = await units.GetAsync(ct);
        var sops = await reviews.InForceAsync(round.UnitId, ct);
        var entries = await db.Set<SopReviewEntry>().AsNoTracking().Where(e => e.RoundId == id).ToDictionaryAsync(e => e.SopId, ct);
        return View("Show", new ReviewRoundViewModel(round, tree.Find(round.UnitId)?.Name ?? "", sops, entries, error));
    }
}

public sealed record ReviewRoundRow(SopReviewRound Round, string Unit, int Answered);

public sealed record ReviewListViewModel(IReadOnlyList<ReviewRoundRow> Rows, string? Message);

public sealed record ReviewRoundViewModel(SopReviewRound Round, string Unit, IReadOnlyList<SopDocument> Sops, IReadOnlyDictionary<Guid, SopReviewEntry> Entries, string? Error);
