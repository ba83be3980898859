using System.Security.Claims;
using Bkn.Cms.Agencies;
using Bkn.Cms.Sapk.Services;
using Bkn.Cms.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bkn.Cms.Sapk.Api;

/// <summary>
/// The SAPK API (bearer token, permission "ViewSapk", agency scope honoured) for the annual report:
/// <c>GET /api/sapk/ringkasan?tahun=YYYY</c> and <c>GET /api/sapk/instansi?periode=YYYY-MM</c>.
/// </summary>
public static class SapkApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(SapkRoutes.Api).RequireAuthorization(new RequirePermissionAttribute(Permissions.ViewSapkName));
        api.MapGet("ringkasan", SummaryAsync);
        api.MapGet("instansi", AgenciesAsync);
    }

    private static IResult Invalid(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "Permintaan tidak sah.");

    private static async Task<IResult> SummaryAsync(string? tahun, ClaimsPrincipal user, SapkDashboard dashboard, IAgencyScopeService scopes, CancellationToken ct)
    {
        if (!int.TryParse(tahun, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) || year is < 2000 or > 9999)
        {
            return Invalid("tahun", "Tahun wajib diisi dengan empat angka, misalnya tahun=2017.");
        }

        var scope = await scopes.GetAgencyScopeAsync(user, Permissions.ViewSapk, ct);
        if (scope.IsEmpty)
        {
            return Results.Forbid();
        }

        var report = await dashboard.YearAsync(year, scope, ct);
        if (report is null)
        {
            return Results.Ok(new { tahun = year, periode = (string?)null, aktif = 0L, tidakAktif = 0L, jumlah = 0L, persentaseAktif = 0.0, target = 0.0, kelompok = Array.Empty<object>() });
        }

        return Results.Ok(new
        {
            tahun = year,
            periode = SapkPeriodKey.Format(report.Period!.Value),
            aktif = report.Totals.Active,
            tidakAktif = report.Totals.Inactive,
            jumlah = report.Totals.Total,
            persentaseAktif = report.Totals.ActiveShare,
            target = report.Target,
            pusat = Split(report, central: true),
            daerah = Split(report, central: false),
            kelompok = report.Groups.Select(g => new { kelompok = Key(g.Group), nama = g.Label, instansi = g.Agencies, aktif = g.Totals.Active, tidakAktif = g.Totals.Inactive }),
        });
    }

    private static object Split(SapkReport report, bool central)
    {
        var groups = report.Groups.Where(g => (g.Group == AgencyGroup.Pusat) == central).ToList();
        return new { aktif = groups.Sum(g => g.Totals.Active), tidakAktif = groups.Sum(g => g.Totals.Inactive) };
    }

    private static string Key(AgencyGroup group) => group switch
    {
        AgencyGroup.Pusat => "pusat",
        AgencyGroup.Provinsi => "provinsi",
        _ => "kabupaten-kota",
    };

    private static async Task<IResult> AgenciesAsync(string? periode, ClaimsPrincipal user, SapkDashboard dashboard, IAgencyScopeService scopes, CancellationToken ct)
    {
        if (SapkPeriodKey.Parse(periode) is not { } period)
        {
            return Invalid("periode", "Periode wajib diisi sebagai TTTT-BB, misalnya periode=2017-12.");
        }

        var scope = await scopes.GetAgencyScopeAsync(user, Permissions.ViewSapk, ct);
        if (scope.IsEmpty)
        {
            return Results.Forbid();
        }

        var periods = await dashboard.ConfirmedPeriodsAsync(ct);
        if (!periods.Contains(period))
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"Periode {SapkPeriodKey.Format(period)} belum ada atau belum dikonfirmasi.");
        }

        var report = await dashboard.BuildAsync(new SapkFilter(period), scope, ct);
        return Results.Ok(new
        {
            periode = SapkPeriodKey.Format(period),
            instansi = report.Agencies.Where(a => a.Figure is not null).Select(a => new
            {
                kode = a.Agency.Code,
                nama = a.Agency.Name,
                kelompok = Key(a.Agency.Group),
                wilayah = a.Agency.Region,
                aktif = a.Active,
                tidakAktif = a.Inactive,
                loginTerakhir = a.Figure!.LastLogin?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                modul = report.Modules.Where(a.Modules.ContainsKey).ToDictionary(m => m, m => new { user = a.Modules[m].Users, transaksi = a.Modules[m].Transactions }),
            }),
        });
    }
}
