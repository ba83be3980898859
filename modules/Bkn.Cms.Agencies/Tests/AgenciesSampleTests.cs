using System.Net;
using System.Security.Claims;
using System.Text.Json;
using Bkn.Cms.Agencies;
using Bkn.Cms.Agencies.Models;
using Bkn.Cms.Agencies.Services;
using Bkn.Cms.AuditTrail.Models;
using Bkn.Cms.Data;
using Bkn.Cms.Security;
using Bkn.Cms.State;
using Bkn.Cms.Tests.Infrastructure;
using Bkn.Cms.Validation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Modules.Agencies;

/// <summary>
/// The registry on a freshly set-up site: the sample recipe's Tabel 5, pilots and share; the directory and its
/// refresh; the synthetic personnel records; corrections all-or-nothing with their audit; agency users scoped to their
/// own agency in the API.
/// </summary>
public sealed class AgenciesSampleTests(SharedHost host) : IClassFixture<SharedHost>
{
    private static readonly string[] Pilots = ["PROV-33", "PROV-35", "PROV-32", "PROV-34", "PROV-64", "PUSAT-PANRB", "PUSAT-BPPT"];

    [Fact]
    public async Task The_sample_registry_reproduces_Tabel_5_and_the_2017_share_of_39_percent_against_40()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var agencies = await db.Set<AgencyRecord>().AsNoTracking().ToListAsync();
        var tabel5 = agencies.Where(a => a.Tabel5No != null).ToList();

        Assert.Equal(27, tabel5.Count);
        Assert.Equal(18, tabel5.Count(a => a.TrainingService));
        Assert.Equal(17, tabel5.Count(a => a.ProductionService));
        Assert.Equal(12, tabel5.Count(a => a.Status is IntegrationStatus.Implementasi or IntegrationStatus.ImplementasiPenyiapanIpPublic));
        var row8 = Assert.Single(tabel5, a => a.Tabel5No == 8);
        Assert.Equal(("PROV-33", true, true, false, IntegrationStatus.KoordinasiPenyiapanIpPublic), (row8.Code, row8.TrainingService, row8.ProductionService, row8.PublicIpReady, row8.Status));
        var row21 = Assert.Single(tabel5, a => a.Tabel5No == 21);
        Assert.Equal(("PUSAT-PANRB", false, true, true, IntegrationStatus.Implementasi), (row21.Code, row21.TrainingService, row21.ProductionService, row21.PublicIpReady, row21.Status));

        Assert.Equal(Pilots.Order(), agencies.Where(a => a.KpoPilot).Select(a => a.Code).Order());
        Assert.Equal(34, agencies.Count(a => a.Kind == AgencyKind.Provinsi));
        Assert.Equal(39, IntegrationRules.SharePercent(agencies.Count(a => a.Integrated), agencies.Count));
        Assert.Equal(40, (await db.Set<AgencyTarget>().FindAsync(2017))!.TargetPercent);
    }

    [Fact]
    public async Task The_directory_finds_agencies_by_code_and_id_with_their_province_and_regional_office()
    {
        var directory = host.Factory.Services.GetRequiredService<IAgencyDirectory>();
        var snapshot = await directory.GetAsync();

        var jateng = snapshot.FindByCode("prov-33");
        var solo = snapshot.FindByCode("KOTA-3372");
        Assert.NotNull(jateng);
        Assert.NotNull(solo);
        Assert.Equal(AgencyCodes.IdOf("PROV-33"), jateng.Id);
        Assert.Same(jateng, snapshot.Find(jateng.Id));
        Assert.Equal(jateng.Id, solo.ParentId);
        Assert.Equal(("Jawa Tengah", "Kanreg I Yogyakarta"), (solo.Region, solo.RegionalOffice));
        Assert.Equal("Kanreg XII Pekanbaru", snapshot.FindByCode("KAB-1410")!.RegionalOffice);
        Assert.Equal((AgencyCodes.National, Regions.CentralOffice), (snapshot.FindByCode("PUSAT-BPPT")!.Region, snapshot.FindByCode("PUSAT-BPPT")!.RegionalOffice));
        Assert.Contains(solo, snapshot.ChildrenOf(jateng.Id));
    }

    [Fact]
    public async Task A_registry_change_committed_with_the_stamp_reaches_the_directory()
    {
        var directory = host.Factory.Services.GetRequiredService<IAgencyDirectory>();
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ICmsDbContext>();
        var stamps = scope.ServiceProvider.GetRequiredService<IStateStamps>();
        var agency = await db.Set<AgencyRecord>().FirstAsync(a => a.Code == "KAB-3301");
        var original = agency.Name;
        try
        {
            await using (var transaction = await db.Database.BeginTransactionAsync())
            {
                agency.Name = "Pemerintah Kabupaten Cilacap (uji)";
                await db.SaveChangesAsync();
                await stamps.CommitAsync(db, transaction, AgencyStamp.Name, CancellationToken.None);
            }

            Assert.Equal("Pemerintah Kabupaten Cilacap (uji)", (await directory.GetAsync()).FindByCode("KAB-3301")!.Name);
        }
        finally
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            agency.Name = original;
            await db.SaveChangesAsync();
            await stamps.CommitAsync(db, transaction, AgencyStamp.Name, CancellationToken.None);
        }
    }

    [Fact]
    public async Task The_pilot_agencies_have_over_20000_valid_records_with_superiors_retirements_and_promotions_due()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var pilotIds = Pilots.Select(AgencyCodes.IdOf).ToList();
        var rows = await db.Set<PersonnelRow>().AsNoTracking().Where(r => r.Dataset == PersonnelDataset.Production && pilotIds.Contains(r.AgencyId)).ToListAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        Assert.True(rows.Count >= 20_000, $"{rows.Count} records");
        Assert.All(pilotIds, id => Assert.Contains(rows, r => r.AgencyId == id));
        Assert.All(rows, r => Assert.True(NipRules.TryParse(r.Nip, out var parts, out _) && parts.BirthDate == r.BirthDate && parts.TmtCpns == r.TmtCpns, r.Nip));
        var byNip = rows.ToDictionary(r => r.Nip);
        var withSuperior = rows.Where(r => r.AtasanNip is not null).ToList();
        Assert.True(withSuperior.Count > rows.Count * 0.9);
        Assert.All(withSuperior, r => Assert.Equal(r.AgencyId, byNip[r.AtasanNip!].AgencyId));
        var retiringSoon = rows.Count(r => r.BirthDate.AddYears(PersonnelSampleGenerator.RetirementAge(r.JenisJabatan)) <= today.AddYears(1));
        var promotionDue = rows.Count(r => r.TmtGolongan <= today.AddYears(-4) && r.Golongan != "IV/e");
        Assert.InRange(retiringSoon, rows.Count / 100, rows.Count / 5);
        Assert.True(promotionDue > rows.Count / 10, $"{promotionDue} due for promotion");
        Assert.True(rows.Select(r => r.Golongan).Distinct().Count() >= 10);
        Assert.True(await db.Set<PersonnelRow>().CountAsync(r => r.Dataset == PersonnelDataset.Training) >= 18 * 100);
    }

    [Fact]
    public void The_generator_is_reproducible_for_a_seed()
    {
        var agency = new AgencyRecord { Id = AgencyCodes.IdOf("PROV-34"), Code = "PROV-34", Name = "Pemerintah Provinsi DI Yogyakarta", Kind = AgencyKind.Provinsi, Region = "DI Yogyakarta" };
        var reference = new DateOnly(2026, 1, 1);

        var first = PersonnelSampleGenerator.Generate(agency, PersonnelDataset.Production, 500, 2017, reference);
        var second = PersonnelSampleGenerator.Generate(agency, PersonnelDataset.Production, 500, 2017, reference);
        var other = PersonnelSampleGenerator.Generate(agency, PersonnelDataset.Production, 500, 2018, reference);

        Assert.Equal(500, first.Count);
        Assert.Equal(first.Select(r => (r.Nip, r.Name, r.Golongan, r.AtasanNip)), second.Select(r => (r.Nip, r.Name, r.Golongan, r.AtasanNip)));
        Assert.NotEqual(first.Select(r => r.Nip), other.Select(r => r.Nip));
    }

    [Fact]
    public async Task A_correction_changes_the_record_with_an_audit_entry_and_a_bad_field_changes_nothing()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var records = scope.ServiceProvider.GetRequiredService<IPersonnelRecords>();
        var row = await db.Set<PersonnelRow>().AsNoTracking().Where(r => r.Dataset == PersonnelDataset.Production && r.AgencyId == AgencyCodes.IdOf("PUSAT-BPPT") && r.Golongan == "III/a").OrderBy(r => r.Nip).FirstAsync();

        var refused = await Assert.ThrowsAsync<PersonnelCorrectionException>(() => records.ApplyCorrectionAsync(
            row.Nip, new Dictionary<string, string?> { [PersonnelFields.Unor] = "Biro Baru", [PersonnelFields.Golongan] = "III/z" }, "uji", "Rekonsiliasi"));
        Assert.Contains("Golongan", refused.Message);
        scope.ServiceProvider.GetRequiredService<DbContext>().ChangeTracker.Clear();
        var unchanged = await records.FindAsync(row.Nip);
        Assert.Equal((row.Unor, row.Golongan, row.UpdatedUtc), (unchanged!.Unor, unchanged.Golongan, unchanged.UpdatedUtc));
        Assert.False(await db.Set<PersonnelCorrection>().AnyAsync(c => c.Nip == row.Nip));

        var corrected = await records.ApplyCorrectionAsync(row.Nip, new Dictionary<string, string?> { [PersonnelFields.Golongan] = "III/b", [PersonnelFields.TmtGolongan] = "2025-04-01" }, "uji", "Rekonsiliasi data KPO");

        Assert.Equal(("III/b", new DateOnly(2025, 4, 1)), (corrected.Golongan, corrected.TmtGolongan));
        Assert.True(corrected.UpdatedUtc > row.UpdatedUtc);
        var changes = await db.Set<PersonnelCorrection>().AsNoTracking().Where(c => c.Nip == row.Nip).OrderBy(c => c.Field).ToListAsync();
        Assert.Equal([(PersonnelFields.Golongan, "III/a", "III/b"), (PersonnelFields.TmtGolongan, row.TmtGolongan.ToString("yyyy-MM-dd"), "2025-04-01")], changes.Select(c => (c.Field, c.OldValue, c.NewValue)));
        var audit = await db.Set<AuditEventRecord>().AsNoTracking().Where(e => e.Name == "personnel.corrected").OrderByDescending(e => e.Id).FirstAsync();
        Assert.Contains("'III/a' → 'III/b'", audit.Summary);
        Assert.Contains(NipRules.Mask(row.Nip), audit.Summary);
        Assert.DoesNotContain(row.Nip, audit.Summary);
    }

    [Fact]
    public async Task An_agency_user_with_a_role_holds_its_permissions_for_their_own_agency_only()
    {
        var userName = "operator.jateng." + Guid.NewGuid().ToString("N")[..6];
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AgencyUsers>().CreateAsync(userName, "Operator BKD Jawa Tengah", null, CmsFactory.AdminPassword, AgencyCodes.IdOf("PROV-33"), ["Operator Instansi"], CancellationToken.None);
            var user = await scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>().FindByNameAsync(userName);
            var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, user!.Id)], "uji"));
            Assert.True(await scope.ServiceProvider.GetRequiredService<IPermissionService>().HasPermissionAsync(principal, Permissions.ViewPersonnel));
            Assert.False(await scope.ServiceProvider.GetRequiredService<IPermissionService>().HasPermissionAsync(principal, Permissions.ManageAgencies));
            var agencyScope = await scope.ServiceProvider.GetRequiredService<IAgencyScopeService>().GetAgencyScopeAsync(principal, Permissions.ViewPersonnel);
            Assert.Equal([AgencyCodes.IdOf("PROV-33")], agencyScope.AgencyIds);
            Assert.False(agencyScope.AllAgencies);
        }

        var client = host.Factory.CreateClient();
        client.UseBearer(await client.TokenAsync(userName, CmsFactory.AdminPassword));
        using var list = JsonDocument.Parse(await client.GetStringAsync("/api/agencies?pageSize=500"));
        var own = await client.GetAsync("/api/agencies/PROV-33");
        var other = await client.GetAsync("/api/agencies/PROV-35");
        var unknown = await client.GetAsync("/api/agencies/PROV-99");

        Assert.Equal(1, list.RootElement.GetProperty("total").GetInt32());
        Assert.Equal("PROV-33", list.RootElement.GetProperty("items")[0].GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(await unknown.Content.ReadAsStringAsync(), await other.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_api_lists_the_whole_registry_for_BKN_staff_with_integration_columns_and_a_total()
    {
        var client = host.Factory.CreateClient();
        client.UseBearer(await client.TokenAsync("admin", CmsFactory.AdminPassword));

        using var page = JsonDocument.Parse(await client.GetStringAsync("/api/agencies?integration=production&pageSize=10&page=2"));
        var tooBig = await client.GetAsync("/api/agencies?pageSize=100000");
        var anonymous = await host.Factory.CreateClient().GetAsync("/api/agencies");

        Assert.Equal(17, page.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(7, page.RootElement.GetProperty("items").GetArrayLength());
        Assert.All(page.RootElement.GetProperty("items").EnumerateArray(), i => Assert.True(i.GetProperty("productionService").GetBoolean()));
        Assert.Equal(HttpStatusCode.BadRequest, tooBig.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }
}
