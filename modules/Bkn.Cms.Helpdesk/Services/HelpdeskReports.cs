using Bkn.Cms.Helpdesk.Models;
using Bkn.Cms.Helpdesk.ViewModels;
using Bkn.Cms.Security;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Helpdesk.Services;

/// <summary>
/// The helpdesk report: tickets per category and day, first-response and resolution times, SLA compliance, backlog
/// by age and the satisfaction index (SKM: mean rating × 25; A ≥ 88.31, B ≥ 76.61, C ≥ 65.00, else D).
/// </summary>
public sealed class HelpdeskReports(DbContext db, HelpdeskSettings settings, TimeProvider time)
{
    public const int MaxDays = 92;

    public async Task<HelpdeskReport> BuildAsync(DateOnly from, DateOnly to, UnitScope scope, CancellationToken cancellationToken)
    {
        if (to < from)
        {
            (from, to) = (to, from);
        }

        if (to.DayNumber - from.DayNumber >= MaxDays)
        {
            from = to.AddDays(-(MaxDays - 1));
        }

        var zone = settings.Zone;
        var fromUtc = TimeZoneInfo.ConvertTimeToUtc(from.ToDateTime(TimeOnly.MinValue), zone);
        var toUtc = TimeZoneInfo.ConvertTimeToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue), zone);
        var tickets = Scoped(scope);
        var rows = await tickets.Where(t => t.CreatedUtc >= fromUtc && t.CreatedUtc < toUtc)
            .Select(t => new { t.CreatedUtc, t.CategoryId, t.FirstResponseUtc, t.AnsweredUtc, t.Overdue, t.Rating })
            .ToListAsync(cancellationToken);
        var names = await db.Set<HelpdeskCategory>().AsNoTracking().OrderBy(c => c.SortOrder).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var categories = names.Keys.ToList();

        var days = new List<(DateOnly, IReadOnlyDictionary<string, int>, int)>();
        var byDay = rows.GroupBy(r => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(r.CreatedUtc, zone))).ToDictionary(g => g.Key, g => g.ToList());
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            var list = byDay.GetValueOrDefault(day) ?? [];
            days.Add((day, list.GroupBy(r => r.CategoryId).ToDictionary(g => g.Key, g => g.Count()), list.Count));
        }

        var firstResponses = rows.Where(r => r.FirstResponseUtc is not null).Select(r => r.FirstResponseUtc!.Value - r.CreatedUtc).Order().ToList();
        var resolutions = rows.Where(r => r.AnsweredUtc is not null).Select(r => r.AnsweredUtc!.Value - r.CreatedUtc).ToList();
        var answered = rows.Where(r => r.AnsweredUtc is not null).ToList();
        var ratings = rows.Where(r => r.Rating is not null).Select(r => r.Rating!.Value).ToList();
        double? index = ratings.Count == 0 ? null : Math.Round(ratings.Average() * 25, 2);

        var now = time.GetUtcNow().UtcDateTime;
        var open = tickets.Where(t => t.Status == TicketStatus.Baru || t.Status == TicketStatus.Diterima || t.Status == TicketStatus.Diproses || t.Status == TicketStatus.MenungguPelamar);
        var oneDay = now.AddDays(-1);
        var twoDays = now.AddDays(-2);
        var week = now.AddDays(-7);
        var backlog = new List<(string, long)>
        {
            ("< 1 hari", await open.LongCountAsync(t => t.CreatedUtc > oneDay, cancellationToken)),
            ("1–2 hari", await open.LongCountAsync(t => t.CreatedUtc <= oneDay && t.CreatedUtc > twoDays, cancellationToken)),
            ("2–7 hari", await open.LongCountAsync(t => t.CreatedUtc <= twoDays && t.CreatedUtc > week, cancellationToken)),
            ("> 7 hari", await open.LongCountAsync(t => t.CreatedUtc <= week, cancellationToken)),
        };

        return new HelpdeskReport(
            from,
            to,
            categories,
            names,
            days,
            rows.Count,
            answered.Count,
            firstResponses.Count == 0 ? null : TimeSpan.FromTicks((long)firstResponses.Average(t => t.Ticks)),
            firstResponses.Count == 0 ? null : firstResponses[firstResponses.Count / 2],
            resolutions.Count == 0 ? null : TimeSpan.FromTicks((long)resolutions.Average(t => t.Ticks)),
            answered.Count == 0 ? null : Math.Round(100.0 * answered.Count(r => !r.Overdue) / answered.Count, 1),
            backlog,
            ratings.Count,
            index,
            index is null ? null : Grade(index.Value));
    }

    public static string Grade(double index) => index >= 88.31 ? "A" : index >= 76.61 ? "B" : index >= 65.00 ? "C" : "D";

    public static string Duration(TimeSpan? span) => span is not { } s ? "—" : s.TotalHours >= 1 ? $"{(int)s.TotalHours} jam {s.Minutes} menit" : $"{Math.Max(0, (int)s.TotalMinutes)} menit";

    public static byte[] ToExcel(HelpdeskReport report)
    {
        using var workbook = new XLWorkbook();
        var summary = workbook.AddWorksheet("Ringkasan");
        summary.Cell(1, 1).Value = "Laporan Helpdesk SSCN";
        summary.Cell(2, 1).Value = "Periode";
        summary.Cell(2, 2).Value = $"{report.From:yyyy-MM-dd} s.d. {report.To:yyyy-MM-dd}";
        var lines = new (string, string)[]
        {
            ("Tiket masuk", report.Created.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Tiket dijawab", report.Answered.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Rata-rata respons pertama", Duration(report.FirstResponseAverage)),
            ("Median respons pertama", Duration(report.FirstResponseMedian)),
            ("Rata-rata penyelesaian", Duration(report.ResolutionAverage)),
            ("Kepatuhan SLA (%)", report.SlaCompliance?.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) ?? "—"),
            ("Indeks kepuasan (IKM)", report.SatisfactionIndex?.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) ?? "—"),
            ("Mutu pelayanan", report.SatisfactionGrade ?? "—"),
            ("Jumlah penilaian", report.Ratings.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        var row = 4;
        foreach (var (label, value) in lines)
        {
            summary.Cell(row, 1).Value = label;
            summary.Cell(row, 2).Value = value;
            row++;
        }

        row++;
        summary.Cell(row++, 1).Value = "Tunggakan menurut umur";
        foreach (var (label, count) in report.Backlog)
        {
            summary.Cell(row, 1).Value = label;
            summary.Cell(row, 2).Value = count;
            row++;
        }

        summary.Column(1).Width = 30;
        summary.Column(2).Width = 26;

        var perDay = workbook.AddWorksheet("Per hari");
        perDay.Cell(1, 1).Value = "Tanggal";
        for (var c = 0; c < report.Categories.Count; c++)
        {
            perDay.Cell(1, c + 2).Value = report.CategoryNames[report.Categories[c]];
            perDay.Column(c + 2).Width = 18;
        }

        perDay.Cell(1, report.Categories.Count + 2).Value = "Jumlah";
        row = 2;
        foreach (var (day, counts, total) in report.Days)
        {
            perDay.Cell(row, 1).Value = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            for (var c = 0; c < report.Categories.Count; c++)
            {
                perDay.Cell(row, c + 2).Value = counts.GetValueOrDefault(report.Categories[c]);
            }

            perDay.Cell(row, report.Categories.Count + 2).Value = total;
            row++;
        }

        perDay.Column(1).Width = 12;
        perDay.Row(1).Style.Font.Bold = true;
        summary.Cell(1, 1).Style.Font.Bold = true;
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
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
}
