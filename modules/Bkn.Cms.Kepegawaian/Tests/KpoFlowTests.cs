using System.Net;
using System.Security.Claims;
using System.Text.Json;
using Bkn.Cms.Agencies;
using Bkn.Cms.Agencies.Services;
using Bkn.Cms.Data;
using Bkn.Cms.Kepegawaian.Models;
using Bkn.Cms.Kepegawaian.Rules;
using Bkn.Cms.Kepegawaian.Services;
using Bkn.Cms.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bkn.Cms.Tests.Modules.Kepegawaian;

/// <summary>One set-up site with the sample data (the services under test get their own fake clock).</summary>
public sealed class KpoHost : IAsyncLifetime
{
    public CmsFactory Factory { get; } = new();

    public Task InitializeAsync()
    {
        _ = Factory.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}

/// <summary>Reconciliation, dossiers and verification on the sample data, with a fake clock; agency scoping of the API and export.</summary>
public sealed class KpoFlowTests(KpoHost host) : IClassFixture<KpoHost>
{
    private static readonly byte[] Pdf = "%PDF-1.4\n%%EOF\n"u8.ToArray();
    private static readonly byte[] Jpg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0, 0xFF, 0xD9];
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
    private static readonly PeriodCalendar Calendar = new(new KpoOptions());
    private static readonly DateOnly Verification = Calendar.Next(Today);
    private static readonly DateOnly Reconciliation = Calendar.OpenWindows(Today).First();
    private static readonly KpoActor Operator = new("op-uji", "operator.uji");
    private static readonly KpoActor Verifier = new("ver-uji", "verifikator.uji");

    private static Guid Jateng => AgencyCodes.IdOf("PROV-33");

    private static Guid Jatim => AgencyCodes.IdOf("PROV-35");

    [Fact]
    public async Task The_sample_has_lists_for_a_reconciliation_and_a_verification_period_and_dossiers_in_every_status()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var calendar = scope.ServiceProvider.GetRequiredService<PeriodCalendar>();
        var today = Today;

        Assert.Equal(PeriodPhase.Reconciliation, calendar.PhaseOn(Reconciliation, today));
        Assert.Equal(PeriodPhase.Verification, calendar.PhaseOn(Verification, today));
        Assert.True(await db.Set<KpoNominatif>().AnyAsync(n => n.AgencyId == Jateng && n.Period == Reconciliation && n.Jenis == JenisUsulan.KpOtomatis));
        Assert.True(await db.Set<KpoNominatif>().AnyAsync(n => n.AgencyId == Jateng && n.Period == Verification && n.Jenis == JenisUsulan.PensiunOtomatis));
        var statuses = await db.Set<KpoUsulan>().Where(u => u.AgencyId == Jateng).Select(u => u.Status).Distinct().ToListAsync();
        Assert.Equal(Enum.GetValues<UsulanStatus>().Length, statuses.Count);
    }

    [Fact]
    public async Task Most_KP_candidates_of_the_pilot_agencies_are_eligible_because_superiors_rank_above_their_staff()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var kp = await db.Set<KpoNominatif>().Where(n => n.Period == Verification && (n.Jenis == JenisUsulan.KpOtomatis || n.Jenis == JenisUsulan.KpReguler))
            .Select(n => new { n.Memenuhi, n.Alasan }).ToListAsync();

        Assert.True(kp.Count > 1000, $"{kp.Count} KP lines");
        var superior = kp.Count(n => n.Alasan.Contains("melebihi pangkat atasan langsung", StringComparison.Ordinal));
        Assert.True(superior * 100 < kp.Count, $"{superior} of {kp.Count} KP lines are refused for the superior's rank");
        Assert.True(kp.Count(n => n.Memenuhi) * 10 > kp.Count * 6, $"{kp.Count(n => n.Memenuhi)} of {kp.Count} KP lines are eligible");
    }

    [Fact]
    public async Task The_sample_accounts_are_an_operator_of_Jawa_Tengah_and_a_BKN_verifier()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var users = sp.GetRequiredService<DbContext>().Set<Bkn.Cms.Data.CmsUser>();
        var scopes = sp.GetRequiredService<IAgencyScopeService>();
        var op = await users.SingleAsync(u => u.UserName == "operator.kpo.jateng");
        var verifier = await users.SingleAsync(u => u.UserName == "verifikator.kpo");

        Assert.Null(op.UnitId);
        Assert.Equal(Jateng, await scopes.GetAgencyOfUserAsync(Principal(op.Id)));
        Assert.NotNull(verifier.UnitId);
        Assert.Null(await scopes.GetAgencyOfUserAsync(Principal(verifier.Id)));
    }

    private static ClaimsPrincipal Principal(string userId) => new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId)], "test"));

    [Fact]
    public async Task An_otomatis_dossier_goes_from_submission_through_BTL_to_MS_Pertek_and_SK_with_every_step_timed()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<DbContext>();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var usulan = ActivatorUtilities.CreateInstance<UsulanService>(sp, (TimeProvider)clock);
        var item = await FreeItemAsync(db, Jateng, JenisUsulan.KpOtomatis, skip: 0);

        var u = await usulan.CreateAsync(item, Operator, CancellationToken.None);
        var twice = await Assert.ThrowsAsync<KpoException>(() => usulan.CreateAsync(item, Operator, CancellationToken.None));
        Assert.Contains("sudah ada", twice.Message, StringComparison.Ordinal);

        var lying = await Assert.ThrowsAsync<KpoException>(() => usulan.UploadAsync(u, "skp", "skp.pdf", Jpg, Operator, CancellationToken.None));
        Assert.Contains("isinya JPG", lying.Message, StringComparison.Ordinal);
        var notAFile = await Assert.ThrowsAsync<KpoException>(() => usulan.UploadAsync(u, "skp", "skp.pdf", "MZ\u0090\0"u8.ToArray(), Operator, CancellationToken.None));
        Assert.Contains("bukan PDF atau JPG", notAFile.Message, StringComparison.Ordinal);
        Assert.False(await db.Set<KpoDokumen>().AnyAsync(d => d.UsulanId == u.Id));

        var incomplete = await Assert.ThrowsAsync<KpoException>(() => usulan.SubmitAsync(u, Operator, CancellationToken.None));
        Assert.Contains("Surat Pengantar NUKP", incomplete.Message, StringComparison.Ordinal);

        await usulan.UploadAsync(u, "pengantar-nukp", "pengantar.pdf", Pdf, Operator, CancellationToken.None);
        await usulan.UploadAsync(u, "skp", "skp.jpg", Jpg, Operator, CancellationToken.None);
        await usulan.SubmitAsync(u, Operator, CancellationToken.None);
        Assert.Equal(UsulanStatus.Diajukan, u.Status);
        Assert.Equal(clock.GetUtcNow().UtcDateTime.AddDays(10), u.DueUtc);

        var noReason = await Assert.ThrowsAsync<KpoException>(() => usulan.DecideAsync(u, UsulanAction.Tms, "  ", null, null, Verifier, CancellationToken.None));
        Assert.Contains("Alasan wajib", noReason.Message, StringComparison.Ordinal);
        var noItems = await Assert.ThrowsAsync<KpoException>(() => usulan.DecideAsync(u, UsulanAction.Btl, null, [], Today.AddDays(16), Verifier, CancellationToken.None));
        Assert.Contains("dokumen yang kurang", noItems.Message, StringComparison.Ordinal);
        Assert.Equal(UsulanStatus.Diajukan, (await Reload(u)).Status);

        await usulan.DecideAsync(u, UsulanAction.Btl, "SKP 2025 belum ditandatangani.", ["skp"], Today.AddDays(14), Verifier, CancellationToken.None);
        Assert.Equal(UsulanStatus.Btl, (await Reload(u)).Status);

        // The agency completes after the deadline: the step is recorded as late.
        clock.Advance(TimeSpan.FromDays(20));
        try
        {
            await usulan.UploadAsync(u, "skp", "skp-baru.pdf", Pdf, Operator, CancellationToken.None);
            await usulan.SubmitAsync(u, Operator, CancellationToken.None);
            await usulan.DecideAsync(u, UsulanAction.Ms, null, null, null, Verifier, CancellationToken.None);
            await usulan.IssuePertekAsync(u, Today.AddDays(24), Verifier, CancellationToken.None);
            Assert.Matches($@"^\d{{5}}/PERTEK-KP/{Verification.Month:00}/{Verification.Year}$", u.PertekNomor);

            var early = await Assert.ThrowsAsync<KpoException>(() => usulan.CompleteAsync(u, "800/1/2027", Operator, CancellationToken.None));
            Assert.Contains("Unggah berkas SK", early.Message, StringComparison.Ordinal);
            await usulan.UploadAsync(u, UsulanService.SkItem, "sk.pdf", Pdf, Operator, CancellationToken.None);
            await usulan.CompleteAsync(u, "800/1/2027", Operator, CancellationToken.None);
        }
        finally
        {
        }

        var history = await db.Set<KpoRiwayat>().Where(r => r.UsulanId == u.Id).OrderBy(r => r.Id).ToListAsync();
        Assert.Equal(
            [UsulanStatus.Diajukan, UsulanStatus.Btl, UsulanStatus.Diajukan, UsulanStatus.Ms, UsulanStatus.Pertek, UsulanStatus.Selesai],
            history.Select(h => h.To));
        var resubmission = history[2];
        Assert.True(resubmission.Terlambat);
        Assert.Equal(20 * 86400, resubmission.DurasiDetik);
        Assert.Equal("verifikator.uji", history[1].UserName);
        Assert.Equal(UsulanStatus.Selesai, (await Reload(u)).Status);
    }

    [Fact]
    public async Task A_bulk_decision_covers_otomatis_dossiers_only_and_saves_nothing_otherwise()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var usulan = scope.ServiceProvider.GetRequiredService<UsulanService>();
        var submitted = await db.Set<KpoUsulan>().Where(u => u.Status == UsulanStatus.Diajukan && u.AgencyId == Jatim).ToListAsync();
        var otomatis = submitted.Where(u => Checklists.IsOtomatis(u.Jenis)).ToList();
        var reguler = submitted.FirstOrDefault(u => !Checklists.IsOtomatis(u.Jenis));
        Assert.NotEmpty(otomatis);

        if (reguler is not null)
        {
            await Assert.ThrowsAsync<KpoException>(() => usulan.DecideManyAsync([.. otomatis, reguler], UsulanAction.Ms, null, Verifier, CancellationToken.None));
            db.ChangeTracker.Clear();
            Assert.All(await db.Set<KpoUsulan>().Where(u => u.AgencyId == Jatim && u.Status == UsulanStatus.Diajukan).ToListAsync(), _ => { });
            Assert.Equal(submitted.Count, await db.Set<KpoUsulan>().CountAsync(u => u.AgencyId == Jatim && u.Status == UsulanStatus.Diajukan));
            otomatis = await db.Set<KpoUsulan>().Where(u => u.Status == UsulanStatus.Diajukan && u.AgencyId == Jatim).ToListAsync();
            otomatis = [.. otomatis.Where(u => Checklists.IsOtomatis(u.Jenis))];
        }

        var n = await usulan.DecideManyAsync(otomatis, UsulanAction.Ms, null, Verifier, CancellationToken.None);

        Assert.Equal(otomatis.Count, n);
        Assert.All(otomatis, u => Assert.Equal(UsulanStatus.Ms, u.Status));
    }

    [Fact]
    public async Task A_correction_is_checked_refused_without_reason_and_once_accepted_changes_the_data_and_the_verdict()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<DbContext>();
        var rekon = sp.GetRequiredService<ReconciliationService>();
        var item = await db.Set<KpoNominatif>().Where(n => n.AgencyId == Jateng && n.Period == Reconciliation && !n.Memenuhi && n.Alasan.StartsWith("SKP tahun " + (Reconciliation.Year - 1))).OrderBy(n => n.Nip).FirstAsync();

        var outOfRange = await Assert.ThrowsAsync<KpoException>(() => rekon.ProposeAsync(item, "skp", $"{Reconciliation.Year - 1}=120", null, "skp.pdf", Pdf, Operator, CancellationToken.None));
        Assert.Contains("antara 0 dan 100", outOfRange.Message, StringComparison.Ordinal);
        var badNip = await Assert.ThrowsAsync<KpoException>(() => rekon.ProposeAsync(item, "atasan", "12345", null, "sk.pdf", Pdf, Operator, CancellationToken.None));
        Assert.Contains("18 angka", badNip.Message, StringComparison.Ordinal);
        var ppoField = await Assert.ThrowsAsync<KpoException>(() => rekon.ProposeAsync(item, "pasangan", "Siti", null, "akta.pdf", Pdf, Operator, CancellationToken.None));
        Assert.Contains("bukan data rekonsiliasi", ppoField.Message, StringComparison.Ordinal);
        var noDocument = await Assert.ThrowsAsync<KpoException>(() => rekon.ProposeAsync(item, "skp", $"{Reconciliation.Year - 1}=90", null, "skp.pdf", "hello"u8.ToArray(), Operator, CancellationToken.None));
        Assert.Contains("bukan PDF atau JPG", noDocument.Message, StringComparison.Ordinal);
        Assert.False(await db.Set<KpoKoreksi>().AnyAsync(k => k.Nip == item.Nip && k.CreatedBy == Operator.UserId));

        var koreksi = await rekon.ProposeAsync(item, "skp", $"{Reconciliation.Year - 1}=90", "Penilaian ulang", "skp.pdf", Pdf, Operator, CancellationToken.None);
        var refused = await Assert.ThrowsAsync<KpoException>(() => rekon.DecideAsync(koreksi, false, "", Verifier, CancellationToken.None));
        Assert.Contains("Alasan penolakan", refused.Message, StringComparison.Ordinal);

        await rekon.DecideAsync(koreksi, true, null, Verifier, CancellationToken.None);

        db.ChangeTracker.Clear();
        Assert.Equal(90, (await db.Set<KpoSkp>().SingleAsync(s => s.Nip == item.Nip && s.Year == Reconciliation.Year - 1)).Score);
        var line = await db.Set<KpoNominatif>().SingleAsync(n => n.Id == item.Id);
        Assert.Equal(90, line.Skp2);
        Assert.DoesNotContain("SKP tahun " + (Reconciliation.Year - 1), line.Alasan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_accepted_correction_of_a_shared_field_goes_through_the_personnel_records_and_a_lower_superior_is_refused()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<DbContext>();
        var rekon = sp.GetRequiredService<ReconciliationService>();
        var records = sp.GetRequiredService<IPersonnelRecords>();
        var items = await db.Set<KpoNominatif>().Where(n => n.AgencyId == Jateng && n.Period == Reconciliation && n.GolonganBaru != null).OrderBy(n => n.Nip).Skip(5).Take(200).ToListAsync();
        var item = items.First(i => Golongan.Find(i.GolonganBaru)!.Rank >= 10);
        var junior = await db.Set<KpoNominatif>().Where(n => n.AgencyId == Jateng && n.Period == Reconciliation).ToListAsync();
        var lower = junior.First(n => Golongan.Find(n.Golongan)!.Rank < Golongan.Find(item.GolonganBaru)!.Rank);

        var rank = await Assert.ThrowsAsync<KpoException>(() => rekon.ProposeAsync(item, "atasan", lower.Nip, null, "sk.pdf", Pdf, Operator, CancellationToken.None));
        Assert.Contains("melebihi pangkat atasan langsung", rank.Message, StringComparison.Ordinal);

        var koreksi = await rekon.ProposeAsync(item, "kppn", "KPPN Semarang II", null, "surat.pdf", Pdf, Operator, CancellationToken.None);
        await rekon.DecideAsync(koreksi, true, null, Verifier, CancellationToken.None);

        Assert.Equal("KPPN Semarang II", (await records.FindAsync(item.Nip))!.Kppn);
    }

    [Fact]
    public async Task Generating_a_list_for_a_date_that_is_no_period_is_refused()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var generator = scope.ServiceProvider.GetRequiredService<NominativeGenerator>();

        var error = await Assert.ThrowsAsync<KpoException>(() => generator.GenerateAsync(Jateng, new DateOnly(2027, 1, 15), CancellationToken.None));

        Assert.Contains("tidak ada", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_agency_operator_sees_only_their_agency_in_the_api_and_the_export_and_BKN_sees_all()
    {
        var userName = "kpo.jateng." + Guid.NewGuid().ToString("N")[..6];
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AgencyUsers>().CreateAsync(userName, "Operator KPO Jawa Tengah", null, CmsFactory.AdminPassword, Jateng, ["Operator KPO/PPO Instansi"], CancellationToken.None);
        }

        string otherNomor, otherNip, ownNip;
        int ownCount;
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DbContext>();
            otherNomor = await db.Set<KpoUsulan>().Where(u => u.AgencyId == Jatim).Select(u => u.Nomor).FirstAsync();
            otherNip = await db.Set<KpoNominatif>().Where(n => n.AgencyId == Jatim).Select(n => n.Nip).FirstAsync();
            ownNip = await db.Set<KpoNominatif>().Where(n => n.AgencyId == Jateng && n.Period == Reconciliation).Select(n => n.Nip).FirstAsync();
            ownCount = await db.Set<KpoUsulan>().CountAsync(u => u.AgencyId == Jateng);
        }

        var client = host.Factory.CreateClient();
        client.UseBearer(await client.TokenAsync(userName, CmsFactory.AdminPassword));
        using var list = JsonDocument.Parse(await client.GetStringAsync("/api/usulan?limit=500"));
        Assert.Equal(ownCount, list.RootElement.GetProperty("total").GetInt32());
        Assert.All(list.RootElement.GetProperty("items").EnumerateArray(), i => Assert.Equal("PROV-33", i.GetProperty("instansi").GetString()));
        Assert.All(list.RootElement.GetProperty("items").EnumerateArray(), i => Assert.Contains("******", i.GetProperty("nip").GetString(), StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/usulan/{otherNomor}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/pns/{otherNip}/kelayakan?periode={Reconciliation:yyyy-MM-dd}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/usulan?instansi=PROV-35")).StatusCode);

        using var verdict = JsonDocument.Parse(await client.GetStringAsync($"/api/pns/{ownNip}/kelayakan?periode={Reconciliation:yyyy-MM-dd}"));
        Assert.True(verdict.RootElement.GetProperty("kp").TryGetProperty("layak", out _));
        Assert.Equal(JsonValueKind.Array, verdict.RootElement.GetProperty("kp").GetProperty("alasan").ValueKind);
        Assert.Equal(1, verdict.RootElement.GetProperty("bup").GetProperty("tmtPensiun").GetString()!.Split('-')[2] == "01" ? 1 : 0);

        var admin = host.Factory.CreateClient();
        admin.UseBearer(await admin.TokenAsync("admin", CmsFactory.AdminPassword));
        using var all = JsonDocument.Parse(await admin.GetStringAsync("/api/usulan?status=BTL"));
        Assert.Contains(all.RootElement.GetProperty("items").EnumerateArray(), i => i.GetProperty("instansi").GetString() != "PROV-33");
        Assert.All(all.RootElement.GetProperty("items").EnumerateArray(), i => Assert.Equal("BTL", i.GetProperty("status").GetString()));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/usulan/{otherNomor}")).StatusCode);

        var browser = host.Factory.CreateBrowser();
        await browser.SignInAsync(userName, CmsFactory.AdminPassword);
        var export = await browser.GetAsync("/admin/kpo/ekspor");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        using var workbook = new ClosedXML.Excel.XLWorkbook(await export.Content.ReadAsStreamAsync());
        var rows = workbook.Worksheet("Usulan").RowsUsed().Skip(1).ToList();
        Assert.Equal(ownCount, rows.Count);
        Assert.All(rows, r => Assert.Equal("Pemerintah Provinsi Jawa Tengah", r.Cell(2).GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/admin/kpo/usulan/{otherNomor}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/admin/kpo/nominatif")).StatusCode);
    }

    [Fact]
    public async Task Bad_api_input_is_a_clear_400()
    {
        var admin = host.Factory.CreateClient();
        admin.UseBearer(await admin.TokenAsync("admin", CmsFactory.AdminPassword));
        (string Url, string Field)[] cases =
        [
            ("/api/usulan?periode=2027-01-15", "periode"),
            ("/api/usulan?status=SELESAIKAN", "status"),
            ("/api/usulan?jenis=mutasi", "jenis"),
            ($"/api/pns/19800510200501100/kelayakan?periode={Reconciliation:yyyy-MM-dd}", "nip"),
            ("/api/pns/198005102005011001/kelayakan?periode=2027-04-15", "periode"),
        ];

        foreach (var (url, field) in cases)
        {
            var response = await admin.GetAsync(url);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(field, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    private async Task<KpoUsulan> Reload(KpoUsulan u)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DbContext>().Set<KpoUsulan>().AsNoTracking().SingleAsync(x => x.Id == u.Id);
    }

    private static async Task<KpoNominatif> FreeItemAsync(DbContext db, Guid agency, JenisUsulan jenis, int skip)
    {
        var taken = await db.Set<KpoUsulan>().Where(u => u.Period == Verification).Select(u => u.Nip).ToListAsync();
        var items = await db.Set<KpoNominatif>().Where(n => n.AgencyId == agency && n.Period == Verification && n.Jenis == jenis && n.Memenuhi).OrderByDescending(n => n.Nip).Take(50).ToListAsync();
        return items.Where(i => !taken.Contains(i.Nip)).Skip(skip).First();
    }
}
