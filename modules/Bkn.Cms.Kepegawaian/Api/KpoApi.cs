using System.Globalization;
using System.Security.Claims;
using Bkn.Cms.Agencies;
using Bkn.Cms.Kepegawaian.Models;
using Bkn.Cms.Kepegawaian.Rules;
using Bkn.Cms.Kepegawaian.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Kepegawaian.Api;

/// <summary>
/// The KPO/PPO API (bearer token, permission "ViewKpo" in the caller's agency scope): the dossier list with status
/// codes and a total, one dossier by number, and the eligibility verdicts of one civil servant on a period. NIPs are
/// masked unless the caller holds "ViewKpoFullNip" for the agency (audited).
/// </summary>
public static class KpoApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(KepegawaianRoutes.ApiUsulan, ListAsync);
        endpoints.MapGet(KepegawaianRoutes.ApiUsulan + "/{nomor}", GetAsync);
        endpoints.MapGet(KepegawaianRoutes.ApiPns + "/{nip}/kelayakan", EligibilityAsync);
    }

    private static IResult Invalid(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "Permintaan tidak sah.");

    private static async Task<IResult> ListAsync(string? instansi, string? periode, string? status, string? jenis, int? limit, int? offset, ClaimsPrincipal user, KpoQueries queries, IAgencyDirectory directory, IAgencyScopeService scopes, PeriodCalendar calendar, CancellationToken ct)
    {
        var scope = await queries.ScopeAsync(user, ct);
        if (scope.IsEmpty)
        {
            return Results.Forbid();
        }

        var snapshot = await directory.GetAsync(ct);
        Guid? agencyId = null;
        if (!string.IsNullOrWhiteSpace(instansi))
        {
            var agency = snapshot.FindByCode(instansi) ?? (Guid.TryParse(instansi, out var g) ? snapshot.Find(g) : null);
            if (agency is null || !scope.Contains(agency.Id))
            {
                return Invalid("instansi", "Instansi tidak dikenal.");
            }

            agencyId = agency.Id;
        }

        DateOnly? period = null;
        if (!string.IsNullOrWhiteSpace(periode))
        {
            if (!DateOnly.TryParseExact(periode, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var p))
            {
                return Invalid("periode", "Periode harus tanggal TTTT-BB-HH.");
            }

            if (calendar.Check(p) is { } bad)
            {
                return Invalid("periode", bad);
            }

            period = p;
        }

        UsulanStatus? s = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            s = UsulanStateMachine.Parse(status);
            if (s is null)
            {
                return Invalid("status", "Status tidak dikenal (DRAF, DIAJUKAN, BTL, BTS, TMS, MS, PERTEK, SELESAI).");
            }
        }

        JenisUsulan? j = null;
        if (!string.IsNullOrWhiteSpace(jenis))
        {
            j = Checklists.Parse(jenis);
            if (j is null)
            {
                return Invalid("jenis", "Jenis tidak dikenal (kp-reguler, kp-otomatis, pensiun-reguler, pensiun-otomatis).");
            }
        }

        var q = queries.Usulan(scope, new UsulanFilter(agencyId, period, s, j));
        var total = await q.CountAsync(ct);
        var size = Math.Clamp(limit ?? 50, 1, 500);
        var skip = Math.Max(0, offset ?? 0);
        var page = await q.OrderBy(u => u.Id).Skip(skip).Take(size).ToListAsync(ct);
        var nipScope = await scopes.GetAgencyScopeAsync(user, Permissions.ViewFullNip, ct);
        return Results.Ok(new { total, items = page.Select(u => Summary(u, snapshot, false)) });
    }

    private static async Task<IResult> GetAsync(string nomor, bool? full, ClaimsPrincipal user, KpoQueries queries, IAgencyDirectory directory, IAgencyScopeService scopes, DbContext db, CancellationToken ct)
    {
        var scope = await queries.ScopeAsync(user, ct);
        var u = await queries.Usulan(scope, new UsulanFilter(null, null, null, null)).FirstOrDefaultAsync(x => x.Nomor == nomor, ct);
        if (u is null)
        {
            return Results.Problem(statusCode: 404, title: "Usulan tidak ditemukan.");
        }

        var reveal = full == true && (await scopes.GetAgencyScopeAsync(user, Permissions.ViewFullNip, ct)).Contains(u.AgencyId);
        if (reveal)
        {
            await queries.AuditNipViewAsync($"usulan {u.Nomor} lewat API", ct);
        }

        var docs = await db.Set<KpoDokumen>().AsNoTracking().Where(d => d.UsulanId == u.Id).Select(d => new { d.Item, d.FileName, d.ContentType, d.Size, d.UploadedUtc }).ToListAsync(ct);
        var history = await db.Set<KpoRiwayat>().AsNoTracking().Where(r => r.UsulanId == u.Id).OrderBy(r => r.Id)
            .Select(r => new { dari = r.From, ke = r.To, r.UserName, r.AtUtc, r.Catatan, r.DurasiDetik, r.Terlambat }).ToListAsync(ct);
        return Results.Ok(new
        {
            usulan = Summary(u, await directory.GetAsync(ct), reveal),
            u.Alasan,
            kekurangan = u.Kekurangan?.Split(',') ?? [],
            batasWaktu = u.BatasWaktu,
            dokumen = docs,
            riwayat = history.Select(h => new { dari = UsulanStateMachine.Code(h.dari), ke = UsulanStateMachine.Code(h.ke), oleh = h.UserName, waktu = h.AtUtc, catatan = h.Catatan, durasiDetik = h.DurasiDetik, terlambat = h.Terlambat }),
        });
    }

    private static async Task<IResult> EligibilityAsync(string nip, string? periode, bool? full, ClaimsPrincipal user, KpoQueries queries, IAgencyScopeService scopes, IPersonnelRecords records, NominativeGenerator generator, KpoRules rules, PeriodCalendar calendar, CancellationToken ct)
    {
        var scope = await queries.ScopeAsync(user, ct);
        if (scope.IsEmpty)
        {
            return Results.Forbid();
        }

        if (KpoRules.CheckNip(nip, null) is { } nipError)
        {
            return Invalid("nip", nipError);
        }

        if (!DateOnly.TryParseExact(periode, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var p))
        {
            return Invalid("periode", "Periode wajib, tanggal TTTT-BB-HH.");
        }

        if (calendar.Check(p) is { } bad)
        {
            return Invalid("periode", bad);
        }

        var record = await records.FindAsync(nip, PersonnelDataset.Production, ct);
        if (record is null || !scope.Contains(record.AgencyId))
        {
            return Results.Problem(statusCode: 404, title: "PNS tidak ditemukan.");
        }

        if (KpoRules.CheckNip(nip, record.BirthDate) is { } contradiction)
        {
            return Invalid("nip", contradiction);
        }

        var facts = await generator.FactsAsync(record, p, ct);
        var kp = rules.Kp(facts, p);
        var bup = rules.Bup(facts);
        var reveal = full == true && (await scopes.GetAgencyScopeAsync(user, Permissions.ViewFullNip, ct)).Contains(record.AgencyId);
        if (reveal)
        {
            await queries.AuditNipViewAsync("kelayakan lewat API", ct);
        }

        return Results.Ok(new
        {
            nip = KpoQueries.Show(record.Nip, reveal),
            periode = p,
            kp = new { layak = kp.Eligible, otomatis = kp.Otomatis, jatuhTempo = kp.Due, golongan = record.Golongan, golonganBaru = kp.ProposedGolongan, memenuhiMasaKerjaSejak = kp.EligibleFrom, alasan = kp.Reasons },
            bup = new { usia = bup.BupAge, tanggalBup = bup.BupDate, tmtPensiun = bup.TmtPensiun, pensiunPadaPeriode = bup.TmtPensiun >= p && bup.TmtPensiun < calendar.After(p), otomatis = bup.Otomatis, alasan = bup.Reasons },
        });
    }

    private static object Summary(KpoUsulan u, AgencySnapshot agencies, bool fullNip) => new
    {
        nomor = u.Nomor,
        instansi = agencies.Find(u.AgencyId)?.Code,
        periode = u.Period,
        jenis = Checklists.Code(u.Jenis),
        status = UsulanStateMachine.Code(u.Status),
        nip = KpoQueries.Show(u.Nip, fullNip),
        nama = u.Nama,
        golongan = u.Golongan,
        golonganBaru = u.GolonganBaru,
        diajukan = u.SubmittedUtc,
        batasWaktu = u.DueUtc,
        pertek = u.PertekNomor is null ? null : new { nomor = u.PertekNomor, tanggal = u.PertekTanggal },
    };
}
