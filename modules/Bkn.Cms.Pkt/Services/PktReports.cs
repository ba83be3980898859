using System.Globalization;
using Bkn.Cms.Pkt.Models;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Pkt.Services;

public sealed record PktCount(string Key, string Label, int Visitors, int Done, int NoShows);

public sealed record PktIkmRow(string Key, string Label, int Responses, double Ikm, string Grade);

/// <summary>The figures of one month (site time).</summary>
public sealed record PktMonthReport(
    string Month,
    int Visitors,
    int Done,
    int NoShows,
    int Transferred,
    double WaitP50,
    double WaitP90,
    double ServiceP50,
    double ServiceP90,
    int Appointments,
    int AppointmentsKept,
    int Predicted,
    double PredictionWithinRange,
    double PredictionMeanErrorMinutes,
    IReadOnlyList<PktCount> PerDay,
    IReadOnlyList<PktCount> PerService,
    IReadOnlyList<PktCount> PerCounter,
    PktIkmRow Ikm,
    IReadOnlyList<PktIkmRow> IkmPerCounter,
    IReadOnlyList<PktIkmRow> IkmPerService);

/// <summary>Monthly reports: visitors per day, service and counter, wait and service time p50/p90, no-shows, appointments kept, prediction error and IKM.</summary>
public sealed class PktReports(DbContext db)
{
    public static bool TryParseMonth(string? text, out DateOnly first) =>
        DateOnly.TryParseExact((text ?? "") + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out first);

    /// <summary>
    /// The month's figures for the given counters (the caller's unit scope). The database does the counting: visitors,
    /// outcomes and appointments come back as one row per day, counter, service and status, the surveys as sums per
    /// counter and service, and for the percentiles only the two durations (and the estimate) of each visit are read,
    /// computed in SQL, so a month of 50,000 visits moves a few hundred kilobytes of numbers instead of whole rows.
    /// </summary>
    public async Task<PktMonthReport> MonthAsync(DateOnly first, IReadOnlyCollection<string> counterCodes, CancellationToken cancellationToken)
    {
        var end = first.AddMonths(1);
        var month = first.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var codes = counterCodes.Distinct(StringComparer.Ordinal).ToList();
        var groups = await db.Set<PktTicket>().AsNoTracking()
            .Where(t => t.Day >= first && t.Day < end && codes.Contains(t.CounterCode))
            .GroupBy(t => new { t.Day, t.CounterCode, t.ServiceId, t.Status, Visit = t.TransferredFromId == null, Appointment = t.AppointmentId != null })
            .Select(g => new Group(g.Key.Day, g.Key.CounterCode, g.Key.ServiceId, g.Key.Status, g.Key.Visit, g.Key.Appointment, g.Count()))
            .ToListAsync(cancellationToken);
        var durations = await DurationsAsync(first, end, codes, cancellationToken);
        var counters = await db.Set<PktCounter>().AsNoTracking().OrderBy(c => c.Order).ToDictionaryAsync(c => c.Code, c => c.Name, cancellationToken);
        var services = await db.Set<PktService>().AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var surveys = await db.Set<PktSurvey>().AsNoTracking()
            .Where(s => s.Month == month && codes.Contains(s.CounterCode))
            .GroupBy(s => new { s.CounterCode, s.ServiceId })
            .Select(g => new SurveySum(g.Key.CounterCode, g.Key.ServiceId, g.Count(), g.Sum(s => (long)s.U1 + s.U2 + s.U3 + s.U4 + s.U5 + s.U6 + s.U7 + s.U8 + s.U9)))
            .ToListAsync(cancellationToken);
        var serviceIds = await db.Set<PktService>().Where(s => codes.Contains(s.CounterCode)).Select(s => s.Id).ToListAsync(cancellationToken);
        var appointments = await db.Set<PktAppointment>().AsNoTracking().CountAsync(a => a.Date >= first && a.Date < end && a.Status != PktAppointmentStatus.Cancelled && serviceIds.Contains(a.ServiceId), cancellationToken);

        var visits = groups.Where(g => g.Visit).ToList();
        var waits = durations.Where(d => d.WaitMs is not null).Select(d => d.WaitMs!.Value / 60_000).Order().ToList();
        var serviceTimes = durations.Where(d => d.ServiceMs is not null).Select(d => d.ServiceMs!.Value / 60_000).Order().ToList();
        var predicted = durations.Where(d => d.WaitMs is not null && d.High is not null)
            .Select(d => (Actual: d.WaitMs!.Value / 60_000, Low: (double)(d.Low ?? 0), High: (double)d.High!.Value))
            .ToList();

        static int Sum(IEnumerable<Group> list, PktTicketStatus? status = null) => list.Where(g => status is null || g.Status == status).Sum(g => g.Count);

        static PktCount Count(string key, string label, IEnumerable<Group> group)
        {
            var list = group.ToList();
            return new PktCount(key, label, Sum(list), Sum(list, PktTicketStatus.Done), Sum(list, PktTicketStatus.NoShow));
        }

        return new PktMonthReport(
            month,
            Sum(visits),
            Sum(groups, PktTicketStatus.Done),
            Sum(groups, PktTicketStatus.NoShow),
            Sum(groups, PktTicketStatus.Transferred),
            Round(PktWaitEstimator.Percentile(waits, 0.5)),
            Round(PktWaitEstimator.Percentile(waits, 0.9)),
            Round(PktWaitEstimator.Percentile(serviceTimes, 0.5)),
            Round(PktWaitEstimator.Percentile(serviceTimes, 0.9)),
            appointments,
            Sum(groups.Where(g => g.Appointment), PktTicketStatus.Done),
            predicted.Count,
            predicted.Count == 0 ? 0 : Math.Round(100.0 * predicted.Count(p => p.Actual >= p.Low && p.Actual <= p.High) / predicted.Count, 1),
            predicted.Count == 0 ? 0 : Round(predicted.Average(p => p.Actual < p.Low ? p.Low - p.Actual : p.Actual > p.High ? p.Actual - p.High : 0)),
            visits.GroupBy(r => r.Day).OrderBy(g => g.Key).Select(g => Count(g.Key.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), g.Key.ToString("ddd dd-MM", CultureInfo.GetCultureInfo("id-ID")), g)).ToList(),
            visits.GroupBy(r => r.ServiceId).OrderBy(g => g.Key).Select(g => Count(g.Key, services.GetValueOrDefault(g.Key, g.Key), g)).ToList(),
            visits.GroupBy(r => r.CounterCode).OrderBy(g => g.Key).Select(g => Count(g.Key, $"Loket {g.Key} {counters.GetValueOrDefault(g.Key, "")}".Trim(), g)).ToList(),
            Ikm("", "PKT", surveys),
            surveys.GroupBy(s => s.CounterCode).OrderBy(g => g.Key).Select(g => Ikm(g.Key, $"Loket {g.Key} {counters.GetValueOrDefault(g.Key, "")}".Trim(), g)).ToList(),
            surveys.GroupBy(s => s.ServiceId).OrderBy(g => g.Key).Select(g => Ikm(g.Key, services.GetValueOrDefault(g.Key, g.Key), g)).ToList());
    }

    /// <summary>
    /// For each visit of the month that was called, its wait (issue to call), and for each finished service its length
    /// (start to finish), in milliseconds computed by the database, with the estimate the visitor was shown.
    /// </summary>
    private async Task<List<Duration>> DurationsAsync(DateOnly first, DateOnly end, IReadOnlyList<string> codes, CancellationToken cancellationToken)
    {
        if (codes.Count == 0)
        {
            return [];
        }

        // julianday() is a double of days: rounded to whole milliseconds it is exact for times stored to the millisecond.
        static string Ms(bool sqlite, string to, string from) => sqlite
            ? $"ROUND((julianday(\"{to}\") - julianday(\"{from}\")) * 86400000.0)"
            : $"CAST(EXTRACT(EPOCH FROM (\"{to}\" - \"{from}\")) * 1000 AS double precision)";
        var sqlite = db.Database.ProviderName?.EndsWith(".Sqlite", StringComparison.Ordinal) == true;
        var called = "\"CalledUtc\" IS NOT NULL AND \"TransferredFromId\" IS NULL";
        var served = $"\"Status\" = {(int)PktTicketStatus.Done} AND \"StartedUtc\" IS NOT NULL AND \"FinishedUtc\" IS NOT NULL";
        var list = string.Join(", ", codes.Select((_, i) => $"{{{i + 2}}}"));
        var sql = $"SELECT CASE WHEN {called} THEN {Ms(sqlite, "CalledUtc", "IssuedUtc")} END AS \"WaitMs\", " +
            $"CASE WHEN {served} THEN {Ms(sqlite, "FinishedUtc", "StartedUtc")} END AS \"ServiceMs\", " +
            "\"EstimateLowMinutes\" AS \"Low\", \"EstimateHighMinutes\" AS \"High\" " +
            $"FROM \"PktTickets\" WHERE \"Day\" >= {{0}} AND \"Day\" < {{1}} AND \"CounterCode\" IN ({list}) AND (({called}) OR ({served}))";
        object[] parameters = [first, end, .. codes];
        return await db.Database.SqlQueryRaw<Duration>(sql, parameters).ToListAsync(cancellationToken);
    }

    private static PktIkmRow Ikm(string key, string label, IEnumerable<SurveySum> sums)
    {
        var list = sums.ToList();
        var responses = list.Sum(s => s.Responses);
        var ikm = PktSkm.Ikm(list.Sum(s => s.Total), responses * (long)PktSkm.Elements.Length);
        return new PktIkmRow(key, label, responses, ikm, responses == 0 ? "-" : PktSkm.Grade(ikm));
    }

    private sealed record Group(DateOnly Day, string CounterCode, string ServiceId, PktTicketStatus Status, bool Visit, bool Appointment, int Count);

    private sealed record SurveySum(string CounterCode, string ServiceId, int Responses, long Total);

    /// <summary>One row of <see cref="DurationsAsync"/> (a raw SQL result; the names are its columns).</summary>
    internal sealed class Duration
    {
        public double? WaitMs { get; set; }

        public double? ServiceMs { get; set; }

        public int? Low { get; set; }

        public int? High { get; set; }
    }

    private static double Round(double value) => Math.Round(value, 1);

    public static byte[] Excel(PktMonthReport report)
    {
        using var workbook = new XLWorkbook();
        var summary = workbook.Worksheets.Add("Ringkasan");
        var lines = new (string, object)[]
        {
            ("Bulan", report.Month), ("Pengunjung", report.Visitors), ("Selesai dilayani", report.Done), ("Tidak hadir", report.NoShows),
            ("Dialihkan", report.Transferred), ("Waktu tunggu p50 (menit)", report.WaitP50), ("Waktu tunggu p90 (menit)", report.WaitP90),
            ("Waktu layanan p50 (menit)", report.ServiceP50), ("Waktu layanan p90 (menit)", report.ServiceP90),
            ("Janji temu", report.Appointments), ("Janji temu ditepati", report.AppointmentsKept),
            ("Perkiraan tepat dalam rentang (%)", report.PredictionWithinRange), ("Rata-rata selisih di luar rentang (menit)", report.PredictionMeanErrorMinutes),
            ("IKM", report.Ikm.Ikm), ("Mutu pelayanan", report.Ikm.Grade),
        };
        for (var i = 0; i < lines.Length; i++)
        {
            summary.Cell(i + 1, 1).Value = lines[i].Item1;
            summary.Cell(i + 1, 2).Value = lines[i].Item2?.ToString();
        }

        void Counts(string name, IReadOnlyList<PktCount> counts)
        {
            var sheet = workbook.Worksheets.Add(name);
            sheet.Cell(1, 1).Value = name;
            sheet.Cell(1, 2).Value = "Pengunjung";
            sheet.Cell(1, 3).Value = "Selesai";
            sheet.Cell(1, 4).Value = "Tidak hadir";
            for (var i = 0; i < counts.Count; i++)
            {
                sheet.Cell(i + 2, 1).Value = counts[i].Label;
                sheet.Cell(i + 2, 2).Value = counts[i].Visitors;
                sheet.Cell(i + 2, 3).Value = counts[i].Done;
                sheet.Cell(i + 2, 4).Value = counts[i].NoShows;
            }
        }

        Counts("Per hari", report.PerDay);
        Counts("Per layanan", report.PerService);
        Counts("Per loket", report.PerCounter);
        var ikm = workbook.Worksheets.Add("IKM");
        ikm.Cell(1, 1).Value = "Unit layanan";
        ikm.Cell(1, 2).Value = "Responden";
        ikm.Cell(1, 3).Value = "IKM";
        ikm.Cell(1, 4).Value = "Mutu";
        var row = 2;
        foreach (var r in report.IkmPerCounter.Concat(report.IkmPerService).Prepend(report.Ikm))
        {
            ikm.Cell(row, 1).Value = r.Label;
            ikm.Cell(row, 2).Value = r.Responses;
            ikm.Cell(row, 3).Value = r.Ikm;
            ikm.Cell(row, 4).Value = r.Grade;
            row++;
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
