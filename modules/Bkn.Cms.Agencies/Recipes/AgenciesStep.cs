using Bkn.Cms.Agencies.Models;
using Bkn.Cms.Agencies.Services;
using Bkn.Cms.Data;
using Bkn.Cms.Recipes;
using Bkn.Cms.Security;
using Bkn.Cms.State;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bkn.Cms.Agencies.Recipes;

/// <summary>
/// <c>{"name":"Agencies","targets":[{"year","percent"}],"agencies":[{"code","name","shortName","kind","region"?,"parent"?,
/// "regionalOffice"?,"trainingService","productionService","publicIpReady","status","reconciled","referenceTables",
/// "tabel5No","kpoPilot","contactName",…}],"personnel":{"seed","agencies":[codes],"perAgency","trainingPerAgency"},
/// "agencyUsers":[{"userName","agency":"CODE"}]}</c>; every part is optional. An agency user is an account made earlier
/// (the "users" step, without a unit) that becomes a user of the agency.
/// Agencies are upserted by code (id derived from the code, so every site has the same ids); a regency's or city's
/// province, region and regional office come from its BPS code when not given. Personnel records are generated only for
/// an agency that has none yet, so running the recipe again changes nothing.
/// </summary>
public sealed partial class AgenciesStep(ILogger<AgenciesStep> logger) : IRecipeStep
{
    public string Name => "Agencies";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var model = context.ToObject<AgenciesStepModel>();
        var db = context.Services.GetRequiredService<DbContext>();
        var now = context.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;

        foreach (var target in model.Targets)
        {
            if (target.Percent is < 0 or > 100)
            {
                throw new RecipeException($"Target tahun {target.Year}: persentase harus 0–100.");
            }

            var existing = await db.Set<AgencyTarget>().FindAsync([target.Year], cancellationToken);
            if (existing is null)
            {
                db.Add(new AgencyTarget { Year = target.Year, TargetPercent = target.Percent });
            }
            else
            {
                existing.TargetPercent = target.Percent;
            }
        }

        var known = await db.Set<AgencyRecord>().ToDictionaryAsync(a => a.Code, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var entries = model.Agencies.Select((a, i) => (Model: a, Index: i)).OrderBy(a => ParseKind(a.Model, a.Index)).ToList();
        foreach (var (a, index) in entries)
        {
            var what = $"Instansi ke-{index + 1}";
            var code = RecipeValues.Required(a.Code, "code", what).Trim().ToUpperInvariant();
            if (AgencyCodes.Check(code) is { } codeError)
            {
                throw new RecipeException($"{what} ({code}): {codeError}");
            }

            var kind = ParseKind(a, index);
            if (AgencyCodes.KindOf(code) != kind)
            {
                throw new RecipeException($"{what} ({code}): jenis '{a.Kind}' tidak cocok dengan kode.");
            }

            if (!known.TryGetValue(code, out var record))
            {
                record = new AgencyRecord { Id = AgencyCodes.IdOf(code), Code = code };
                db.Add(record);
                known[code] = record;
            }

            record.Name = RecipeValues.Required(a.Name, "name", what).Trim();
            record.ShortName = a.ShortName?.Trim() ?? "";
            record.Kind = kind;
            var province = AgencyCodes.ProvinceOf(code);
            var parent = a.Parent ?? (kind is AgencyKind.Kabupaten or AgencyKind.Kota && province is { } p ? $"PROV-{p}" : null);
            if (parent is not null)
            {
                record.ParentId = known.TryGetValue(parent, out var parentRecord)
                    ? parentRecord.Id
                    : throw new RecipeException($"{what} ({code}): induk '{parent}' tidak ada di registri.");
            }

            record.Region = a.Region ?? (kind == AgencyKind.Pusat ? AgencyCodes.National : province is { } pc ? Regions.ProvinceName(pc) ?? "" : "");
            record.RegionalOffice = a.RegionalOffice ?? (kind == AgencyKind.Pusat ? Regions.CentralOffice : province is { } po ? Regions.RegionalOfficeOf(po) ?? "" : "");
            record.Address = a.Address ?? record.Address;
            record.ContactName = a.ContactName ?? record.ContactName;
            record.ContactEmail = a.ContactEmail ?? record.ContactEmail;
            record.ContactPhone = a.ContactPhone ?? record.ContactPhone;
            record.TrainingService = a.TrainingService;
            record.ProductionService = a.ProductionService;
            record.PublicIpReady = a.PublicIpReady;
            record.Status = IntegrationRules.ParseStatus(a.Status) ?? throw new RecipeException($"{what} ({code}): status '{a.Status}' tidak dikenal.");
            record.Reconciled = a.Reconciled;
            record.ReferenceTables = a.ReferenceTables;
            record.Tabel5No = a.Tabel5No;
            record.KpoPilot = a.KpoPilot;
            record.UpdatedUtc = now;
        }

        await db.SaveChangesAsync(cancellationToken);

        if (model.Personnel is { } personnel)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var written = 0;
            var generator = context.Services.GetRequiredService<PersonnelSampleGenerator>();
            var reference = DateOnly.FromDateTime(now);
            foreach (var code in personnel.Agencies)
            {
                var agency = known.GetValueOrDefault(code) ?? throw new RecipeException($"Data kepegawaian: instansi '{code}' tidak ada di registri.");
                written += await generator.GenerateAsync(agency, PersonnelDataset.Production, personnel.PerAgency, personnel.Seed, reference, cancellationToken);
            }

            if (personnel.TrainingPerAgency > 0)
            {
                // The training environment answers from synthetic records of every agency that has a web service account.
                foreach (var agency in known.Values.Where(a => a.TrainingService || a.ProductionService || a.KpoPilot).OrderBy(a => a.Code, StringComparer.Ordinal))
                {
                    written += await generator.GenerateAsync(agency, PersonnelDataset.Training, personnel.TrainingPerAgency, personnel.Seed + 1, reference, cancellationToken);
                }
            }

            LogGenerated(logger, written, clock.ElapsedMilliseconds);
        }

        foreach (var item in model.AgencyUsers)
        {
            var userName = RecipeValues.Required(item.UserName, "userName", "Pengguna instansi");
            var agency = known.GetValueOrDefault(RecipeValues.Required(item.Agency, "agency", $"Pengguna instansi '{userName}'"))
                ?? throw new RecipeException($"Pengguna instansi '{userName}': instansi '{item.Agency}' tidak ada di registri.");
            var user = await db.Set<CmsUser>().FirstOrDefaultAsync(u => u.UserName == userName, cancellationToken)
                ?? throw new RecipeException($"Pengguna instansi '{userName}': buat akunnya dahulu dengan langkah \"users\".");
            if (user.UnitId is not null)
            {
                throw new RecipeException($"Pengguna instansi '{userName}': akun ini anggota unit kerja BKN; pengguna instansi tidak memiliki unit.");
            }

            var membership = await db.Set<AgencyMembership>().FirstOrDefaultAsync(m => m.UserId == user.Id, cancellationToken);
            if (membership is null)
            {
                db.Add(new AgencyMembership { UserId = user.Id, AgencyId = agency.Id, CreatedUtc = now });
            }
            else
            {
                membership.AgencyId = agency.Id;
            }
        }

        if (model.AgencyUsers.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            await Stamps.BumpOnCommitAsync(db, StampNames.Security, cancellationToken);
        }

        await Stamps.BumpOnCommitAsync(db, AgencyStamp.Name, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Agencies sample: {Records} synthetic personnel records written in {Milliseconds} ms")]
    private static partial void LogGenerated(ILogger logger, int records, long milliseconds);

    private static AgencyKind ParseKind(AgencyStepItem a, int index) =>
        IntegrationRules.ParseKind(a.Kind) ?? throw new RecipeException($"Instansi ke-{index + 1}: jenis '{a.Kind}' tidak dikenal (Pusat, Provinsi, Kabupaten, Kota).");
}

public sealed class AgenciesStepModel
{
    public List<AgencyTargetItem> Targets { get; set; } = [];

    public List<AgencyStepItem> Agencies { get; set; } = [];

    public PersonnelStepItem? Personnel { get; set; }

    public List<AgencyUserItem> AgencyUsers { get; set; } = [];
}

public sealed class AgencyUserItem
{
    public string? UserName { get; set; }

    public string? Agency { get; set; }
}

public sealed class AgencyTargetItem
{
    public int Year { get; set; }

    public int Percent { get; set; }
}

public sealed class AgencyStepItem
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? ShortName { get; set; }

    public string? Kind { get; set; }

    public string? Region { get; set; }

    public string? Parent { get; set; }

    public string? RegionalOffice { get; set; }

    public string? Address { get; set; }

    public string? ContactName { get; set; }

    public string? ContactEmail { get; set; }

    public string? ContactPhone { get; set; }

    public bool TrainingService { get; set; }

    public bool ProductionService { get; set; }

    public bool PublicIpReady { get; set; }

    public string? Status { get; set; }

    public bool Reconciled { get; set; }

    public bool ReferenceTables { get; set; }

    public int? Tabel5No { get; set; }

    public bool KpoPilot { get; set; }
}

public sealed class PersonnelStepItem
{
    public int Seed { get; set; } = 2017;

    public List<string> Agencies { get; set; } = [];

    public int PerAgency { get; set; } = 3000;

    public int TrainingPerAgency { get; set; }
}
