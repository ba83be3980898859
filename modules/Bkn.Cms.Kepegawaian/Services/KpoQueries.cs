using System.Security.Claims;
using Bkn.Cms.Agencies;
using Bkn.Cms.Audit;
using Bkn.Cms.Kepegawaian.Models;
using Bkn.Cms.Kepegawaian.Rules;
using Bkn.Cms.Validation;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Kepegawaian.Services;

/// <summary>Filters of the dossier list and the API.</summary>
public sealed record UsulanFilter(Guid? AgencyId, DateOnly? Period, UsulanStatus? Status, JenisUsulan? Jenis, bool OverdueOnly = false);

/// <summary>Counts of one agency and period for the dashboard.</summary>
public sealed record KpoDashboard(
    IReadOnlyDictionary<UsulanStatus, int> PerStatus,
    IReadOnlyDictionary<JenisUsulan, int> PerJenis,
    int Total,
    int Overdue,
    double? AverageDaysToPertek,
    double? OtomatisShare,
    int NominatifKp,
    int NominatifPensiun,
    int KoreksiTerbuka);

/// <summary>
/// Reads scoped to the user's agencies (IAgencyScopeService): lists, look-ups, dashboard and Excel export. A record of
/// another agency answers as a missing one. NIPs are masked unless the user holds "ViewKpoFullNip" for the agency.
/// </summary>
public sealed class KpoQueries(DbContext db, IAgencyScopeService scopes, IAuditTrail audit, TimeProvider time)
{
    public Task<AgencyScope> ScopeAsync(ClaimsPrincipal user, CancellationToken ct) => scopes.GetAgencyScopeAsync(user, Permissions.View, ct);

    public async Task<bool> CanAsync(ClaimsPrincipal user, Bkn.Cms.Security.Permission permission, Guid agencyId, CancellationToken ct) =>
        (await scopes.GetAgencyScopeAsync(user, permission, ct)).Contains(agencyId);

    /// <summary>The NIP as the user may see it; a full NIP shown is audited by the caller through <see cref="AuditNipViewAsync"/>.</summary>
    public static string Show(string nip, bool full) => full ? nip : NipRules.Mask(nip);

    public Task AuditNipViewAsync(string what, CancellationToken ct) =>
        audit.RecordAsync(new AuditEvent(AuditCategories.Security, "kpo.nip.viewed", $"NIP lengkap dibaca: {what}"), ct);

    public IQueryable<KpoUsulan> Usulan(AgencyScope scope, UsulanFilter filter)
    {
        var q = db.Set<KpoUsulan>().AsNoTracking().Within(scope, u => u.AgencyId);
        if (filter.AgencyId is { } a)
        {
            q = q.Where(u => u.AgencyId == a);
        }

        if (filter.Period is { } p)
        {
            q = q.Where(u => u.Period == p);
        }

        if (filter.Status is { } s)
        {
            q = q.Where(u => u.Status == s);
        }

        if (filter.Jenis is { } j)
        {
            q = q.Where(u => u.Jenis == j);
        }

        if (filter.OverdueOnly)
        {
            var now = time.GetUtcNow().UtcDateTime;
            q = q.Where(u => u.DueUtc != null && u.DueUtc < now);
        }

        return q;
    }

    public IQueryable<KpoNominatif> Nominatif(AgencyScope scope, Guid? agencyId, DateOnly? period)
    {
        var q = db.Set<KpoNominatif>().AsNoTracking().Within(scope, n => n.AgencyId);
        if (agencyId is { } a)
        {
            q = q.Where(n => n.AgencyId == a);
        }

        if (period is { } p)
        {
            q = q.Where(n => n.Period == p);
        }

        return q;
    }

    public IQueryable<KpoKoreksi> Koreksi(AgencyScope scope) => db.Set<KpoKoreksi>().AsNoTracking().Within(scope, k => k.AgencyId);

    public async Task<KpoDashboard> DashboardAsync(AgencyScope scope, Guid? agencyId, DateOnly? period, CancellationToken ct)
    {
        var q = Usulan(scope, new UsulanFilter(agencyId, period, null, null));
        var now = time.GetUtcNow().UtcDateTime;
        var perStatus = (await q.GroupBy(u => u.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct)).ToDictionary(x => x.Key, x => x.Count);
        var perJenis = (await q.GroupBy(u => u.Jenis).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct)).ToDictionary(x => x.Key, x => x.Count);
        var overdue = await q.CountAsync(u => u.DueUtc != null && u.DueUtc < now, ct);
        var pertek = await q.Where(u => u.PertekUtc != null && u.FirstSubmittedUtc != null).Select(u => new { u.PertekUtc, u.FirstSubmittedUtc }).Take(100_000).ToListAsync(ct);
        double? avg = pertek.Count == 0 ? null : pertek.Average(x => (x.PertekUtc!.Value - x.FirstSubmittedUtc!.Value).TotalDays);
        var total = perStatus.Values.Sum();
        double? share = total == 0 ? null : (double)(perJenis.GetValueOrDefault(JenisUsulan.KpOtomatis) + perJenis.GetValueOrDefault(JenisUsulan.PensiunOtomatis)) / total;
        var nom = Nominatif(scope, agencyId, period);
        var nomKp = await nom.CountAsync(n => n.Jenis == JenisUsulan.KpOtomatis || n.Jenis == JenisUsulan.KpReguler, ct);
        var nomPs = await nom.CountAsync(n => n.Jenis == JenisUsulan.PensiunOtomatis || n.Jenis == JenisUsulan.PensiunReguler, ct);
        var kor = Koreksi(scope).Where(k => k.Status == KoreksiStatus.Diajukan);
        if (agencyId is { } a)
        {
            kor = kor.Where(k => k.AgencyId == a);
        }

        if (period is { } p)
        {
            kor = kor.Where(k => k.Period == p);
        }

        return new KpoDashboard(perStatus, perJenis, total, overdue, avg, share, nomKp, nomPs, await kor.CountAsync(ct));
    }

    /// <summary>The dossiers and their decisions as a workbook (the NIP masked unless <paramref name="fullNip"/>).</summary>
    public static byte[] Excel(IReadOnlyList<KpoUsulan> list, AgencySnapshot agencies, bool fullNip, KpoDashboard dashboard)
    {
        using var workbook = new XLWorkbook();
        var sum = workbook.AddWorksheet("Ringkasan");
        sum.Cell(1, 1).Value = "Status";
        sum.Cell(1, 2).Value = "Jumlah";
        var row = 2;
        foreach (var s in Enum.GetValues<UsulanStatus>())
        {
            sum.Cell(row, 1).Value = UsulanStateMachine.Label(s);
            sum.Cell(row++, 2).Value = dashboard.PerStatus.GetValueOrDefault(s);
        }

        sum.Cell(row, 1).Value = "Terlambat";
        sum.Cell(row++, 2).Value = dashboard.Overdue;
        sum.Cell(row, 1).Value = "Rata-rata hari sampai Pertek";
        sum.Cell(row++, 2).Value = dashboard.AverageDaysToPertek is { } d ? Math.Round(d, 1) : 0;
        var ws = workbook.AddWorksheet("Usulan");
        string[] head = ["Nomor", "Instansi", "Periode", "Jenis", "NIP", "Nama", "Golongan", "Golongan baru", "Status", "Diajukan", "Diputuskan", "Alasan", "Nomor Pertek", "Tanggal Pertek", "Nomor SK"];
        for (var i = 0; i < head.Length; i++)
        {
            ws.Cell(1, i + 1).Value = head[i];
        }

        row = 2;
        foreach (var u in list)
        {
            ws.Cell(row, 1).Value = u.Nomor;
            ws.Cell(row, 2).Value = agencies.Find(u.AgencyId)?.Name ?? "";
            ws.Cell(row, 3).Value = u.Period.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            ws.Cell(row, 4).Value = Checklists.Name(u.Jenis);
            ws.Cell(row, 5).Value = Show(u.Nip, fullNip);
            ws.Cell(row, 6).Value = u.Nama;
            ws.Cell(row, 7).Value = u.Golongan;
            ws.Cell(row, 8).Value = u.GolonganBaru ?? "";
            ws.Cell(row, 9).Value = UsulanStateMachine.Code(u.Status);
            ws.Cell(row, 10).Value = u.SubmittedUtc?.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? "";
            ws.Cell(row, 11).Value = u.DecidedUtc?.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? "";
            ws.Cell(row, 12).Value = u.Alasan ?? "";
            ws.Cell(row, 13).Value = u.PertekNomor ?? "";
            ws.Cell(row, 14).Value = u.PertekTanggal?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";
            ws.Cell(row, 15).Value = u.SkNomor ?? "";
            row++;
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
