using Bkn.Cms.Agencies;
using Bkn.Cms.Sapk.Models;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bkn.Cms.Sapk.Services;

/// <summary>Filters of the dashboard; empty means all. <paramref name="Page"/> is the page of the heat map (1 = first).</summary>
public sealed record SapkFilter(int? Period = null, string? Region = null, AgencyGroup? Group = null, int Page = 1);

public sealed record SapkTotals(long Active, long Inactive)
{
    public long Total => Active + Inactive;

    /// <summary>Active users as a percentage of all users (0 when there are none).</summary>
    public double ActiveShare => Total == 0 ? 0 : Math.Round(100.0 * Active / Total, 2);

    public static SapkTotals Sum(IEnumerable<SapkFigure> figures)
    {
        long a = 0, i = 0;
        foreach (var f in figures)
        {
            a += f.ActiveUsers;
            i += f.InactiveUsers;
        }

        return new SapkTotals(a, i);
    }
}

public sealed record SapkGroupRow(AgencyGroup Group, string Label, int Agencies, SapkTotals Totals);

public sealed record SapkTrendPoint(int Period, SapkTotals Totals);

public sealed record SapkModuleTotal(string Module, long Users, long Transactions);

public sealed record SapkAgencyRow(AgencyInfo Agency, SapkFigure? Figure, IReadOnlyDictionary<string, SapkModuleValue> Modules)
{
    public int Active => Figure?.ActiveUsers ?? 0;

    public int Inactive => Figure?.InactiveUsers ?? 0;

    /// <summary>The module's users as a share (0–100) of the agency's users.</summary>
    public double Adoption(string module)
    {
        var total = Active + Inactive;
        return total == 0 || !Modules.TryGetValue(module, out var v) ? 0 : Math.Round(100.0 * v.Users / total, 1);
    }

    /// <summary>The heat map's colour class: 0 (none) to 4 (75 % or more).</summary>
    public int HeatLevel(string module) => Adoption(module) switch
    {
        <= 0 => 0,
        < 25 => 1,
        < 50 => 2,
        < 75 => 3,
        _ => 4,
    };
}

/// <summary>Everything the dashboard, its export and the public page show for one period.</summary>
public sealed class SapkReport
{
    public required SapkFilter Filter { get; init; }

    public required IReadOnlyList<int> Periods { get; init; }

    public int? Period { get; init; }

    public required IReadOnlyList<string> Modules { get; init; }

    public required IReadOnlyList<string> Regions { get; init; }

    public required SapkTotals Totals { get; init; }

    public double Target { get; init; }

    public required IReadOnlyList<SapkGroupRow> Groups { get; init; }

    /// <summary>Module users and transactions of central agencies (Gambar 3) and of regional ones (Gambar 4).</summary>
    public required IReadOnlyList<SapkModuleTotal> CentralModules { get; init; }

    public required IReadOnlyList<SapkModuleTotal> RegionalModules { get; init; }

    public required IReadOnlyList<SapkTrendPoint> Trend { get; init; }

    public required IReadOnlyList<SapkAgencyRow> Agencies { get; init; }

    public IEnumerable<SapkAgencyRow> WithoutActiveUsers => Agencies.Where(a => a.Active == 0);

    /// <summary>Agencies per page of the heat map (the Excel export has them all).</summary>
    public int PageSize { get; init; } = SapkOptions.DefaultHeatMapPageSize;

    /// <summary>The heat map's page shown, 1-based, within 1..<see cref="PageCount"/>.</summary>
    public int Page { get; init; } = 1;

    public int PageCount => Math.Max(1, (Agencies.Count + PageSize - 1) / PageSize);

    /// <summary>The agencies on the heat map's current page.</summary>
    public IEnumerable<SapkAgencyRow> AgenciesOnPage => Agencies.Skip((Page - 1) * PageSize).Take(PageSize);

    /// <summary>The 1-based numbers of the first and last agency on the current page (0, 0 when there is none).</summary>
    public (int First, int Last) PageRange => Agencies.Count == 0 ? (0, 0) : ((Page - 1) * PageSize + 1, Math.Min(Page * PageSize, Agencies.Count));

    public bool OwnAgencyOnly { get; init; }
}

/// <summary>Builds the dashboard from confirmed periods, within the user's agency scope.</summary>
public sealed class SapkDashboard(DbContext db, IAgencyDirectory directory, IOptions<SapkOptions> options, SapkSummaryCache summaryCache)
{
    public static string GroupLabel(AgencyGroup group) => group switch
    {
        AgencyGroup.Pusat => "Instansi pusat",
        AgencyGroup.Provinsi => "Pemerintah provinsi",
        _ => "Pemerintah kabupaten/kota",
    };

    public async Task<IReadOnlyList<int>> ConfirmedPeriodsAsync(CancellationToken cancellationToken) =>
        await db.Set<SapkPeriod>().AsNoTracking().Where(p => p.Confirmed).OrderBy(p => p.Period).Select(p => p.Period).ToListAsync(cancellationToken);

    /// <summary>Everything, with every agency's module figures (for the export, the API and the public summary).</summary>
    public Task<SapkReport> BuildAsync(SapkFilter filter, AgencyScope scope, CancellationToken cancellationToken) =>
        BuildCoreAsync(filter, scope, heatMapPageOnly: false, cancellationToken);

    /// <summary>
    /// The dashboard page: the same report, but only the agencies on the heat map's page carry their module figures
    /// (<see cref="SapkAgencyRow.Modules"/> is empty for the others); the module totals are summed by the database.
    /// </summary>
    public Task<SapkReport> BuildPageAsync(SapkFilter filter, AgencyScope scope, CancellationToken cancellationToken) =>
        BuildCoreAsync(filter, scope, heatMapPageOnly: true, cancellationToken);

    private async Task<SapkReport> BuildCoreAsync(SapkFilter filter, AgencyScope scope, bool heatMapPageOnly, CancellationToken cancellationToken)
    {
        var snapshot = await directory.GetAsync(cancellationToken);
        var modules = options.Value.ModuleList;
        var periods = await ConfirmedPeriodsAsync(cancellationToken);
        var period = filter.Period is { } wanted && periods.Contains(wanted) ? wanted : periods.Count > 0 ? periods[^1] : (int?)null;
        var visible = snapshot.All.Where(a => scope.Contains(a.Id)).ToList();
        var regions = visible.Select(a => a.Region).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
        var selected = visible
            .Where(a => string.IsNullOrEmpty(filter.Region) || string.Equals(a.Region, filter.Region, StringComparison.OrdinalIgnoreCase))
            .Where(a => filter.Group is null || a.Group == filter.Group)
            .ToList();
        var codes = selected.Select(a => a.Code).ToList();
        var everything = scope.AllAgencies && string.IsNullOrEmpty(filter.Region) && filter.Group is null;

        var pageSize = Math.Max(1, options.Value.HeatMapPageSize);
        var pageCount = Math.Max(1, (selected.Count + pageSize - 1) / pageSize);
        var page = Math.Clamp(filter.Page, 1, pageCount);

        List<SapkFigure> figures = [];
        List<SapkModuleFigure> moduleFigures = [];
        List<SapkModuleTotal>? centralModules = null, regionalModules = null;
        if (period is { } p)
        {
            figures = await Scoped(db.Set<SapkFigure>().AsNoTracking().Where(f => f.Period == p), codes, everything).ToListAsync(cancellationToken);
            if (heatMapPageOnly)
            {
                var pageCodes = selected.Skip((page - 1) * pageSize).Take(pageSize).Select(a => a.Code).ToList();
                moduleFigures = await db.Set<SapkModuleFigure>().AsNoTracking().Where(f => f.Period == p && pageCodes.Contains(f.AgencyCode)).ToListAsync(cancellationToken);
                centralModules = await ModuleSumsAsync(p, [.. selected.Where(a => a.IsCentral).Select(a => a.Code)], modules, cancellationToken);
                regionalModules = await ModuleSumsAsync(p, [.. selected.Where(a => !a.IsCentral).Select(a => a.Code)], modules, cancellationToken);
            }
            else
            {
                moduleFigures = await db.Set<SapkModuleFigure>().AsNoTracking().Where(f => f.Period == p && (everything || codes.Contains(f.AgencyCode))).ToListAsync(cancellationToken);
            }
        }

        var figureByCode = figures.ToDictionary(f => f.AgencyCode, StringComparer.OrdinalIgnoreCase);
        var modulesByCode = moduleFigures.GroupBy(m => m.AgencyCode, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, SapkModuleValue>)g.ToDictionary(m => m.Module, m => new SapkModuleValue(m.Users, m.Transactions), StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase);
        var rows = selected.Select(a => new SapkAgencyRow(a, figureByCode.GetValueOrDefault(a.Code), modulesByCode.GetValueOrDefault(a.Code) ?? new Dictionary<string, SapkModuleValue>())).ToList();

        var groups = Enum.GetValues<AgencyGroup>()
            .Where(g => filter.Group is null || g == filter.Group)
            .Select(g => new SapkGroupRow(g, GroupLabel(g), rows.Count(r => r.Agency.Group == g), SapkTotals.Sum(rows.Where(r => r.Agency.Group == g && r.Figure is not null).Select(r => r.Figure!))))
            .ToList();

        List<SapkTrendPoint> trend;
        if (everything)
        {
            trend = await db.Set<SapkPeriod>().AsNoTracking().Where(x => x.Confirmed).OrderBy(x => x.Period)
                .Select(x => new SapkTrendPoint(x.Period, new SapkTotals(x.ActiveUsers, x.InactiveUsers))).ToListAsync(cancellationToken);
        }
        else
        {
            var confirmed = periods.ToList();
            var sums = await db.Set<SapkFigure>().AsNoTracking().Where(f => confirmed.Contains(f.Period) && codes.Contains(f.AgencyCode))
                .GroupBy(f => f.Period)
                .Select(g => new { Period = g.Key, Active = g.Sum(f => (long)f.ActiveUsers), Inactive = g.Sum(f => (long)f.InactiveUsers) })
                .ToListAsync(cancellationToken);
            trend = [.. sums.OrderBy(s => s.Period).Select(s => new SapkTrendPoint(s.Period, new SapkTotals(s.Active, s.Inactive)))];
        }

        return new SapkReport
        {
            Filter = filter,
            PageSize = pageSize,
            Page = page,
            Periods = periods,
            Period = period,
            Modules = modules,
            Regions = regions,
            Totals = everything ? SapkTotals.Sum(figures) : SapkTotals.Sum(rows.Where(r => r.Figure is not null).Select(r => r.Figure!)),
            Target = options.Value.TargetFor(period is { } y ? SapkPeriodKey.Year(y) : DateTime.UtcNow.Year),
            Groups = groups,
            CentralModules = centralModules ?? ModuleTotals(rows.Where(r => r.Agency.IsCentral), modules),
            RegionalModules = regionalModules ?? ModuleTotals(rows.Where(r => !r.Agency.IsCentral), modules),
            Trend = trend,
            Agencies = rows,
            OwnAgencyOnly = !scope.AllAgencies,
        };
    }

    /// <summary>
    /// What the public sees: the latest confirmed period over every agency, and the trend of confirmed periods. Computed
    /// once and kept (<see cref="SapkSummaryCache"/>) until a period is confirmed or the registry changes.
    /// </summary>
    public async Task<ViewModels.SapkPublicSummary> PublicSummaryAsync(CancellationToken cancellationToken) =>
        await summaryCache.GetAsync(await directory.GetAsync(cancellationToken), async c =>
        {
            var report = await BuildAsync(new SapkFilter(), AgencyScope.All, c);
            return new ViewModels.SapkPublicSummary(report.Period, report.Totals, report.Groups, report.Trend, report.Target);
        }, cancellationToken);

    /// <summary>A year's figures: the last confirmed period of that year (user counts are a state, not a sum over months).</summary>
    public async Task<SapkReport?> YearAsync(int year, AgencyScope scope, CancellationToken cancellationToken)
    {
        var last = await db.Set<SapkPeriod>().AsNoTracking().Where(p => p.Confirmed && p.Period >= year * 100 && p.Period <= year * 100 + 12)
            .OrderByDescending(p => p.Period).Select(p => (int?)p.Period).FirstOrDefaultAsync(cancellationToken);
        return last is null ? null : await BuildAsync(new SapkFilter(last), scope, cancellationToken);
    }

    /// <summary>Users and transactions per module of the agencies <paramref name="codes"/> in period <paramref name="period"/>, summed by the database.</summary>
    private async Task<List<SapkModuleTotal>> ModuleSumsAsync(int period, List<string> codes, IReadOnlyList<string> modules, CancellationToken cancellationToken)
    {
        if (codes.Count == 0)
        {
            return [.. modules.Select(m => new SapkModuleTotal(m, 0, 0))];
        }

        var sums = await db.Set<SapkModuleFigure>().AsNoTracking().Where(f => f.Period == period && codes.Contains(f.AgencyCode))
            .GroupBy(f => f.Module)
            .Select(g => new { Module = g.Key, Users = g.Sum(f => (long)f.Users), Transactions = g.Sum(f => f.Transactions) })
            .ToListAsync(cancellationToken);
        var byModule = sums.ToDictionary(x => x.Module, StringComparer.OrdinalIgnoreCase);
        return [.. modules.Select(m => byModule.TryGetValue(m, out var x) ? new SapkModuleTotal(m, x.Users, x.Transactions) : new SapkModuleTotal(m, 0, 0))];
    }

    private static IQueryable<SapkFigure> Scoped(IQueryable<SapkFigure> query, List<string> codes, bool everything) =>
        everything ? query : query.Where(f => codes.Contains(f.AgencyCode));

    private static List<SapkModuleTotal> ModuleTotals(IEnumerable<SapkAgencyRow> rows, IReadOnlyList<string> modules)
    {
        var list = rows.ToList();
        return [.. modules.Select(m => new SapkModuleTotal(m, list.Sum(r => (long)(r.Modules.TryGetValue(m, out var v) ? v.Users : 0)), list.Sum(r => r.Modules.TryGetValue(m, out var v) ? v.Transactions : 0)))];
    }

    /// <summary>The dashboard's tables by the key its "download this table" links use, and their sheet names.</summary>
    public static readonly IReadOnlyDictionary<string, string> Tables = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["ringkasan"] = "Ringkasan",
        ["kelompok"] = "Kelompok instansi",
        ["modul-pusat"] = "Modul instansi pusat",
        ["modul-daerah"] = "Modul instansi daerah",
        ["tren"] = "Tren",
        ["adopsi"] = "Adopsi modul",
        ["tanpa-aktif"] = "Tanpa pengguna aktif",
    };

    /// <summary>Every table of the dashboard as a sheet of one workbook, or only the table <paramref name="table"/> (a key of <see cref="Tables"/>).</summary>
    public static byte[] ToExcel(SapkReport report, string? table = null)
    {
        using var workbook = new XLWorkbook();
        var label = report.Period is { } p ? SapkPeriodKey.Format(p) : "-";

        var totals = workbook.AddWorksheet("Ringkasan");
        Row(totals, 1, "Periode", label);
        Row(totals, 2, "Pengguna aktif", report.Totals.Active);
        Row(totals, 3, "Pengguna tidak aktif", report.Totals.Inactive);
        Row(totals, 4, "Jumlah pengguna", report.Totals.Total);
        Row(totals, 5, "Persentase aktif (%)", report.Totals.ActiveShare);
        Row(totals, 6, "Target persentase aktif (%)", report.Target);

        var groups = workbook.AddWorksheet("Kelompok instansi");
        Row(groups, 1, "Kelompok", "Instansi", "Aktif", "Tidak aktif", "Jumlah", "Aktif (%)");
        var r = 2;
        foreach (var g in report.Groups)
        {
            Row(groups, r++, g.Label, g.Agencies, g.Totals.Active, g.Totals.Inactive, g.Totals.Total, g.Totals.ActiveShare);
        }

        foreach (var (name, list) in new[] { ("Modul instansi pusat", report.CentralModules), ("Modul instansi daerah", report.RegionalModules) })
        {
            var sheet = workbook.AddWorksheet(name);
            Row(sheet, 1, "Modul", "Pengguna", "Transaksi");
            r = 2;
            foreach (var m in list)
            {
                Row(sheet, r++, m.Module, m.Users, m.Transactions);
            }
        }

        var trend = workbook.AddWorksheet("Tren");
        Row(trend, 1, "Periode", "Aktif", "Tidak aktif", "Jumlah", "Aktif (%)");
        r = 2;
        foreach (var t in report.Trend)
        {
            Row(trend, r++, SapkPeriodKey.Format(t.Period), t.Totals.Active, t.Totals.Inactive, t.Totals.Total, t.Totals.ActiveShare);
        }

        var agencies = workbook.AddWorksheet("Adopsi modul");
        Row(agencies, 1, [.. new object[] { "Kode", "Instansi", "Kelompok", "Wilayah", "Aktif", "Tidak aktif", "Login terakhir" }, .. report.Modules.Select(m => (object)$"{m} (%)")]);
        r = 2;
        foreach (var a in report.Agencies)
        {
            Row(agencies, r++, [.. new object[] { a.Agency.Code, a.Agency.Name, GroupLabel(a.Agency.Group), a.Agency.Region, a.Active, a.Inactive, a.Figure?.LastLogin?.ToString("yyyy-MM-dd") ?? "" }, .. report.Modules.Select(m => (object)a.Adoption(m))]);
        }

        var none = workbook.AddWorksheet("Tanpa pengguna aktif");
        Row(none, 1, "Kode", "Instansi", "Kelompok", "Wilayah", "Tidak aktif");
        r = 2;
        foreach (var a in report.WithoutActiveUsers)
        {
            Row(none, r++, a.Agency.Code, a.Agency.Name, GroupLabel(a.Agency.Group), a.Agency.Region, a.Inactive);
        }

        if (table is not null && Tables.TryGetValue(table, out var only))
        {
            foreach (var other in workbook.Worksheets.Where(w => w.Name != only).ToList())
            {
                other.Delete();
            }
        }

        foreach (var sheet in workbook.Worksheets)
        {
            sheet.Row(1).Style.Font.Bold = true;
            sheet.Columns().Width = 18;
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Row(IXLWorksheet sheet, int row, params object[] values)
    {
        for (var c = 0; c < values.Length; c++)
        {
            var cell = sheet.Cell(row, c + 1);
            switch (values[c])
            {
                case string s:
                    cell.SetValue(s);
                    break;
                case int i:
                    cell.Value = i;
                    break;
                case long l:
                    cell.Value = l;
                    break;
                case double d:
                    cell.Value = d;
                    break;
                default:
                    cell.SetValue(Convert.ToString(values[c], System.Globalization.CultureInfo.InvariantCulture) ?? "");
                    break;
            }
        }
    }
}
