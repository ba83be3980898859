using System.Net.Mail;
using Bkn.Cms.Agencies.Models;
using Bkn.Cms.Audit;
using Bkn.Cms.Data;
using Bkn.Cms.State;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Agencies.Services;

/// <summary>Every field of an agency a person may edit (form or import row).</summary>
public sealed record AgencyEdit
{
    public string Code { get; init; } = "";

    public string Name { get; init; } = "";

    public string ShortName { get; init; } = "";

    public AgencyKind? Kind { get; init; }

    public string Region { get; init; } = "";

    /// <summary>The parent's code (a regency's or city's province); empty for none.</summary>
    public string ParentCode { get; init; } = "";

    public string RegionalOffice { get; init; } = "";

    public string Address { get; init; } = "";

    public string ContactName { get; init; } = "";

    public string ContactEmail { get; init; } = "";

    public string ContactPhone { get; init; } = "";

    public bool TrainingService { get; init; }

    public bool ProductionService { get; init; }

    public bool PublicIpReady { get; init; }

    public IntegrationStatus Status { get; init; }

    public bool Reconciled { get; init; }

    public bool ReferenceTables { get; init; }

    /// <summary>The edit with every missing text as "" (forms post empty inputs as null).</summary>
    public AgencyEdit Normalized() => this with
    {
        Code = Code ?? "",
        Name = Name ?? "",
        ShortName = ShortName ?? "",
        Region = Region ?? "",
        ParentCode = ParentCode ?? "",
        RegionalOffice = RegionalOffice ?? "",
        Address = Address ?? "",
        ContactName = ContactName ?? "",
        ContactEmail = ContactEmail ?? "",
        ContactPhone = ContactPhone ?? "",
    };

    public static AgencyEdit Of(AgencyRecord a, string parentCode) => new()
    {
        Code = a.Code,
        Name = a.Name,
        ShortName = a.ShortName,
        Kind = a.Kind,
        Region = a.Region,
        ParentCode = parentCode,
        RegionalOffice = a.RegionalOffice,
        Address = a.Address,
        ContactName = a.ContactName,
        ContactEmail = a.ContactEmail,
        ContactPhone = a.ContactPhone,
        TrainingService = a.TrainingService,
        ProductionService = a.ProductionService,
        PublicIpReady = a.PublicIpReady,
        Status = a.Status,
        Reconciled = a.Reconciled,
        ReferenceTables = a.ReferenceTables,
    };
}

/// <summary>
/// Writes the registry: checks an edit (Indonesian messages per field), applies it, and keeps the history of the
/// integration columns (who, when, old → new), all in one transaction with the "agencies" stamp.
/// </summary>
public sealed class AgencyRegistry(ICmsDbContext db, IStateStamps stamps, IAuditTrail audit, TimeProvider time)
{
    /// <summary>The errors of an edit, keyed by field name; <paramref name="codeExists"/> tells whether a parent code exists.</summary>
    public static Dictionary<string, string> Validate(AgencyEdit e, Func<string, AgencyKind?> kindOfExisting)
    {
        e = e.Normalized();
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var code = e.Code.Trim().ToUpperInvariant();
        if (AgencyCodes.Check(code) is { } codeError)
        {
            errors[nameof(e.Code)] = codeError;
        }
        else if (e.Kind is { } kind && AgencyCodes.KindOf(code) != kind)
        {
            errors[nameof(e.Kind)] = $"Jenis instansi tidak cocok dengan kode {code}.";
        }

        if (e.Kind is null)
        {
            errors[nameof(e.Kind)] = "Jenis instansi wajib dipilih (Pusat, Provinsi, Kabupaten, Kota).";
        }

        if (string.IsNullOrWhiteSpace(e.Name))
        {
            errors[nameof(e.Name)] = "Nama instansi wajib diisi.";
        }
        else if (e.Name.Trim().Length > AgencyRecord.NameLength)
        {
            errors[nameof(e.Name)] = $"Nama instansi paling panjang {AgencyRecord.NameLength} karakter.";
        }

        if (e.ShortName.Length > 80)
        {
            errors[nameof(e.ShortName)] = "Nama singkat paling panjang 80 karakter.";
        }

        if (!string.IsNullOrWhiteSpace(e.ParentCode))
        {
            var parent = e.ParentCode.Trim().ToUpperInvariant();
            if (parent == code)
            {
                errors[nameof(e.ParentCode)] = "Instansi tidak boleh menjadi induknya sendiri.";
            }
            else if (kindOfExisting(parent) is not { } parentKind)
            {
                errors[nameof(e.ParentCode)] = $"Instansi induk {parent} tidak ada di registri.";
            }
            else if (e.Kind is AgencyKind.Kabupaten or AgencyKind.Kota && parentKind != AgencyKind.Provinsi)
            {
                errors[nameof(e.ParentCode)] = "Induk kabupaten/kota harus pemerintah provinsi.";
            }
            else if (e.Kind is AgencyKind.Pusat or AgencyKind.Provinsi)
            {
                errors[nameof(e.ParentCode)] = "Instansi pusat dan provinsi tidak memiliki induk.";
            }
        }

        if (!string.IsNullOrWhiteSpace(e.ContactEmail) && !MailAddress.TryCreate(e.ContactEmail.Trim(), out _))
        {
            errors[nameof(e.ContactEmail)] = "Alamat surel narahubung tidak sah.";
        }

        foreach (var (field, value, max) in new[] { (nameof(e.Address), e.Address, 200), (nameof(e.ContactName), e.ContactName, 200), (nameof(e.ContactEmail), e.ContactEmail, 200), (nameof(e.ContactPhone), e.ContactPhone, 40), (nameof(e.Region), e.Region, 80), (nameof(e.RegionalOffice), e.RegionalOffice, 80) })
        {
            if (value.Length > max)
            {
                errors[field] = $"Isian paling panjang {max} karakter.";
            }
        }

        if (e.Status != IntegrationStatus.Belum && !e.TrainingService && !e.ProductionService)
        {
            errors[nameof(e.Status)] = "Status integrasi hanya untuk instansi yang tersambung ke training atau production service.";
        }

        return errors;
    }

    /// <summary>Creates or updates agencies by code in one transaction; returns how many changed. Throws on invalid input.</summary>
    public async Task<int> SaveAsync(IReadOnlyList<AgencyEdit> edits, string? userId, string userName, CancellationToken cancellationToken)
    {
        edits = [.. edits.Select(e => e.Normalized())];
        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var all = await db.Set<AgencyRecord>().ToDictionaryAsync(a => a.Code, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var pending = edits.ToDictionary(e => e.Code.Trim().ToUpperInvariant(), e => e.Kind, StringComparer.OrdinalIgnoreCase);
        var changed = 0;

        // Provinces first, so a regency in the same batch finds its new province.
        foreach (var edit in edits.OrderBy(e => e.Kind))
        {
            var errors = Validate(edit, c => all.TryGetValue(c, out var a) ? a.Kind : pending.GetValueOrDefault(c));
            if (errors.Count > 0)
            {
                throw new AgencyRegistryException($"{edit.Code}: {string.Join(" ", errors.Values)}");
            }

            var code = edit.Code.Trim().ToUpperInvariant();
            if (!all.TryGetValue(code, out var record))
            {
                record = new AgencyRecord { Id = AgencyCodes.IdOf(code), Code = code };
                db.Set<AgencyRecord>().Add(record);
                all[code] = record;
            }

            var history = new List<(string Field, string Old, string New)>();
            void Track<T>(string label, T old, T @new, Func<T, string> show)
            {
                if (!EqualityComparer<T>.Default.Equals(old, @new) && record.UpdatedUtc != default)
                {
                    history.Add((label, show(old), show(@new)));
                }
            }

            static string YesNo(bool b) => b ? "Ya" : "Tidak";
            Track("Training service", record.TrainingService, edit.TrainingService, YesNo);
            Track("Production service", record.ProductionService, edit.ProductionService, YesNo);
            Track("IP Public siap", record.PublicIpReady, edit.PublicIpReady, YesNo);
            Track("Status", record.Status, edit.Status, IntegrationRules.Label);
            Track("Rekonsiliasi data", record.Reconciled, edit.Reconciled, YesNo);
            Track("Tabel referensi", record.ReferenceTables, edit.ReferenceTables, YesNo);

            var province = AgencyCodes.ProvinceOf(code);
            record.Name = edit.Name.Trim();
            record.ShortName = edit.ShortName.Trim();
            record.Kind = edit.Kind!.Value;
            record.ParentId = string.IsNullOrWhiteSpace(edit.ParentCode) ? null : all[edit.ParentCode.Trim()].Id;
            record.Region = edit.Region.Trim() is { Length: > 0 } region ? region
                : record.Kind == AgencyKind.Pusat ? AgencyCodes.National
                : province is { } p ? Regions.ProvinceName(p) ?? "" : "";
            record.RegionalOffice = edit.RegionalOffice.Trim() is { Length: > 0 } office ? office
                : record.Kind == AgencyKind.Pusat ? Regions.CentralOffice
                : province is { } po ? Regions.RegionalOfficeOf(po) ?? "" : "";
            record.Address = edit.Address.Trim();
            record.ContactName = edit.ContactName.Trim();
            record.ContactEmail = edit.ContactEmail.Trim();
            record.ContactPhone = edit.ContactPhone.Trim();
            record.TrainingService = edit.TrainingService;
            record.ProductionService = edit.ProductionService;
            record.PublicIpReady = edit.PublicIpReady;
            record.Status = edit.Status;
            record.Reconciled = edit.Reconciled;
            record.ReferenceTables = edit.ReferenceTables;
            record.UpdatedUtc = now;
            changed++;
            foreach (var (field, old, @new) in history)
            {
                db.Set<AgencyStatusChange>().Add(new AgencyStatusChange { AgencyId = record.Id, ChangedUtc = now, UserId = userId, UserName = userName, Field = field, OldValue = old, NewValue = @new });
            }
        }

        await audit.StageAsync(new AuditEvent(AuditCategories.Configuration, "agencies.saved", edits.Count == 1 ? $"Registri instansi: {edits[0].Code} disimpan" : $"Registri instansi: {edits.Count} instansi diimpor"), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await stamps.CommitAsync(db, transaction, AgencyStamp.Name, cancellationToken);
        return changed;
    }

    public async Task SetTargetAsync(int year, int percent, CancellationToken cancellationToken)
    {
        if (year is < 2000 or > 2100 || percent is < 0 or > 100)
        {
            throw new AgencyRegistryException("Tahun harus 2000–2100 dan target 0–100 persen.");
        }

        var target = await db.Set<AgencyTarget>().FindAsync([year], cancellationToken);
        if (target is null)
        {
            db.Set<AgencyTarget>().Add(new AgencyTarget { Year = year, TargetPercent = percent });
        }
        else
        {
            target.TargetPercent = percent;
        }

        await audit.StageAsync(new AuditEvent(AuditCategories.Configuration, "agencies.target", $"Target integrasi {year}: {percent}%"), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}

public sealed class AgencyRegistryException(string message) : Exception(message);
