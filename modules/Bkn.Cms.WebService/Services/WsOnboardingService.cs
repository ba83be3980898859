using System.Net.Mail;
using System.Text.Json.Nodes;
using Bkn.Cms.Agencies;
using Bkn.Cms.Notifications;
using Bkn.Cms.WebService.Models;
using Bkn.Cms.Workflows;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.WebService.Services;

/// <summary>
/// The onboarding of an agency to the web service. People take the steps here (request, approve or refuse, ask for
/// production, register the public IP); each step is checked against the stage, saved with its history line and raises
/// <see cref="Activities.WsOnboardingEvent"/> in the same transaction, so the shipped workflow type continues (issues
/// credentials, sets "Implementasi"). A step whose workflow run faults is rolled back whole.
/// </summary>
public sealed class WsOnboardingService(
    DbContext db,
    IAgencyDirectory agencies,
    WsClientService clients,
    WsAuditWriter audit,
    IDataProtectionProvider protection,
    IServiceProvider services,
    IConfiguration configuration,
    TimeProvider clock)
{
    public const string SecretPurpose = "Bkn.Cms.WebService.Onboarding.Secret";

    /// <summary>Successful training calls the agency must have made before it may ask for production.</summary>
    public int MinTestCalls => Math.Max(1, configuration.GetValue("WebService:Onboarding:MinTestCalls", 3));

    public async Task<WsOnboarding> RequestAsync(Guid agencyId, string contactName, string contactEmail, string contactPhone, string publicAddresses, string actor, string? actorUserId, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var agency = (await agencies.GetAsync(cancellationToken)).Find(agencyId);
        if (agency is null)
        {
            errors.Add("Pilih instansi yang terdaftar.");
        }

        if (string.IsNullOrWhiteSpace(contactName) || contactName.Trim().Length > 200)
        {
            errors.Add("Nama narahubung wajib diisi (paling panjang 200 karakter).");
        }

        if (!MailAddress.TryCreate(contactEmail?.Trim(), out _) || contactEmail!.Trim().Length > 200)
        {
            errors.Add("Surel narahubung wajib diisi dengan alamat surel yang sah.");
        }

        var phone = (contactPhone ?? "").Trim();
        if (phone.Length is < 6 or > 30 || !phone.All(c => char.IsDigit(c) || c is ' ' or '-' or '+' or '(' or ')'))
        {
            errors.Add("Telepon narahubung wajib diisi (6–30 karakter: angka, spasi, +, -, tanda kurung).");
        }

        if (!AddressAllowList.TryParse(publicAddresses, out var addresses, out var addressErrors))
        {
            errors.AddRange(addressErrors);
        }
        else if (addresses.Networks.Count is 0 or > 50)
        {
            errors.Add("Isi alamat IP publik instansi (1 sampai 50 alamat atau jaringan CIDR).");
        }

        if (errors.Count == 0 && await db.Set<WsOnboarding>().AnyAsync(o => o.AgencyId == agencyId && o.Stage != WsOnboardingStage.Implementasi && o.Stage != WsOnboardingStage.Ditolak, cancellationToken))
        {
            errors.Add("Instansi ini sudah memiliki pengajuan yang sedang berjalan.");
        }

        if (errors.Count > 0)
        {
            throw new WsClientException(errors);
        }

        var now = Now;
        var onboarding = new WsOnboarding
        {
            Id = Guid.NewGuid(),
            AgencyId = agencyId,
            Stage = WsOnboardingStage.Diajukan,
            ContactName = contactName.Trim(),
            ContactEmail = contactEmail!.Trim(),
            ContactPhone = phone,
            PublicAddresses = addresses.ToString(),
            RequestedUtc = now,
            RequestedBy = actor,
            RequestedByUserId = actorUserId,
            StageChangedUtc = now,
        };

        return await StepAsync(onboarding, isNew: true, WsOnboardingStages.Requested, actor, "Akses layanan web diajukan.", cancellationToken);
    }

    public async Task<WsOnboarding> ApproveAsync(Guid id, string actor, string? actorUserId, CancellationToken cancellationToken)
    {
        var onboarding = await LoadAsync(id, cancellationToken);
        Require(onboarding, WsOnboardingStage.Diajukan, "Hanya pengajuan yang menunggu keputusan yang dapat disetujui.");
        onboarding.Stage = WsOnboardingStage.Disetujui;
        onboarding.DecidedBy = actor;
        onboarding.DecidedByUserId = actorUserId;
        return await StepAsync(onboarding, isNew: false, WsOnboardingStages.Approved, actor, "Pengajuan disetujui BKN.", cancellationToken);
    }

    public async Task<WsOnboarding> RefuseAsync(Guid id, string reason, string actor, string? actorUserId, CancellationToken cancellationToken)
    {
        var onboarding = await LoadAsync(id, cancellationToken);
        Require(onboarding, WsOnboardingStage.Diajukan, "Hanya pengajuan yang menunggu keputusan yang dapat ditolak.");
        reason = (reason ?? "").Trim();
        if (reason.Length is < 5 or > 1000)
        {
            throw new WsClientException(["Tulis alasan penolakan (5–1000 karakter)."]);
        }

        onboarding.Stage = WsOnboardingStage.Ditolak;
        onboarding.DecidedBy = actor;
        onboarding.DecidedByUserId = actorUserId;
        onboarding.RefusalReason = reason;
        return await StepAsync(onboarding, isNew: false, WsOnboardingStages.Refused, actor, $"Pengajuan ditolak: {reason}", cancellationToken);
    }

    /// <summary>How many successful calls the onboarding's training client has made (the audit is flushed first).</summary>
    public async Task<int> SuccessfulTestCallsAsync(WsOnboarding onboarding, CancellationToken cancellationToken)
    {
        if (onboarding.TrainingClientId is null)
        {
            return 0;
        }

        await audit.FlushAsync(cancellationToken);
        return await db.Set<WsCall>().CountAsync(c => c.ClientId == onboarding.TrainingClientId && c.Status < 400 && c.Endpoint.StartsWith("GET "), cancellationToken);
    }

    public async Task<WsOnboarding> RequestProductionAsync(Guid id, string actor, CancellationToken cancellationToken)
    {
        var onboarding = await LoadAsync(id, cancellationToken);
        Require(onboarding, WsOnboardingStage.Pelatihan, "Produksi hanya dapat diminta setelah kredensial pelatihan terbit.");
        var calls = await SuccessfulTestCallsAsync(onboarding, cancellationToken);
        if (calls < MinTestCalls)
        {
            throw new WsClientException([$"Lakukan sedikitnya {MinTestCalls} panggilan uji yang berhasil dengan kredensial pelatihan sebelum meminta produksi (baru {calls})."]);
        }

        onboarding.Stage = WsOnboardingStage.ProduksiDiminta;
        return await StepAsync(onboarding, isNew: false, WsOnboardingStages.ProductionRequested, actor, $"Kredensial produksi diminta setelah {calls} panggilan uji berhasil.", cancellationToken);
    }

    /// <summary>BKN registers the agency's public addresses (they may be corrected here); the production credentials wait for it.</summary>
    public async Task<WsOnboarding> RegisterPublicIpAsync(Guid id, string publicAddresses, string actor, CancellationToken cancellationToken)
    {
        var onboarding = await LoadAsync(id, cancellationToken);
        if (onboarding.Stage is not (WsOnboardingStage.Pelatihan or WsOnboardingStage.ProduksiDiminta))
        {
            throw new WsClientException(["IP publik didaftarkan setelah kredensial pelatihan terbit dan sebelum kredensial produksi."]);
        }

        if (!AddressAllowList.TryParse(publicAddresses, out var addresses, out var addressErrors))
        {
            throw new WsClientException(addressErrors);
        }

        if (addresses.Networks.Count is 0 or > 50)
        {
            throw new WsClientException(["Isi alamat IP publik instansi (1 sampai 50 alamat atau jaringan CIDR)."]);
        }

        onboarding.PublicAddresses = addresses.ToString();
        onboarding.PublicIpRegisteredUtc = Now;
        return await StepAsync(onboarding, isNew: false, WsOnboardingStages.PublicIpRegistered, actor, "IP publik instansi didaftarkan BKN.", cancellationToken, keepStageClock: true,
            before: () => services.GetService<IAgencyIntegration>()?.UpdateAsync(onboarding.AgencyId, new AgencyIntegrationUpdate { PublicIpReady = true }, actor, cancellationToken) ?? Task.CompletedTask);
    }

    /// <summary>Workflow task: issues the training client (addresses of the request) and seals its secret for the agency.</summary>
    public async Task<WsClient> IssueTrainingAsync(Guid id, string actor, CancellationToken cancellationToken)
    {
        var onboarding = await LoadAsync(id, cancellationToken);
        Require(onboarding, WsOnboardingStage.Disetujui, "Kredensial pelatihan diterbitkan setelah pengajuan disetujui.");
        var issued = await clients.CreateAsync(Input(onboarding, WsEnvironment.Training), actor, cancellationToken);
        onboarding.TrainingClientId = issued.Client.ClientId;
        onboarding.SealedTrainingSecret = Protector.Protect(issued.Secret);
        onboarding.Stage = WsOnboardingStage.Pelatihan;
        await (services.GetService<IAgencyIntegration>()?.UpdateAsync(onboarding.AgencyId, new AgencyIntegrationUpdate { TrainingService = true }, actor, cancellationToken) ?? Task.CompletedTask);
        await SaveStepAsync(onboarding, actor, $"Kredensial pelatihan terbit ({issued.Client.ClientId}).", cancellationToken);
        return issued.Client;
    }

    /// <summary>Workflow task: issues the production client once the public IP is registered; null while it is not.</summary>
    public async Task<WsClient?> IssueProductionAsync(Guid id, string actor, CancellationToken cancellationToken)
    {
        var onboarding = await LoadAsync(id, cancellationToken);
        Require(onboarding, WsOnboardingStage.ProduksiDiminta, "Kredensial produksi diterbitkan setelah instansi memintanya.");
        if (onboarding.PublicIpRegisteredUtc is null)
        {
            return null;
        }

        var issued = await clients.CreateAsync(Input(onboarding, WsEnvironment.Production), actor, cancellationToken);
        onboarding.ProductionClientId = issued.Client.ClientId;
        onboarding.SealedProductionSecret = Protector.Protect(issued.Secret);
        await (services.GetService<IAgencyIntegration>()?.UpdateAsync(onboarding.AgencyId, new AgencyIntegrationUpdate { ProductionService = true, PublicIpReady = true }, actor, cancellationToken) ?? Task.CompletedTask);
        await SaveStepAsync(onboarding, actor, $"Kredensial produksi terbit ({issued.Client.ClientId}).", cancellationToken, keepStageClock: true);
        return issued.Client;
    }

    /// <summary>Workflow task: the production credentials are out; the registry status becomes "Implementasi".</summary>
    public async Task SetImplementationAsync(Guid id, string actor, CancellationToken cancellationToken)
    {
        var onboarding = await LoadAsync(id, cancellationToken);
        Require(onboarding, WsOnboardingStage.ProduksiDiminta, "Status Implementasi ditetapkan setelah kredensial produksi terbit.");
        if (onboarding.ProductionClientId is null)
        {
            throw new WsClientException(["Kredensial produksi belum terbit."]);
        }

        onboarding.Stage = WsOnboardingStage.Implementasi;
        await (services.GetService<IAgencyIntegration>()?.UpdateAsync(onboarding.AgencyId, new AgencyIntegrationUpdate { Implementation = true }, actor, cancellationToken) ?? Task.CompletedTask);
        await SaveStepAsync(onboarding, actor, "Status integrasi instansi: Implementasi.", cancellationToken);
    }

    /// <summary>Reveals a sealed secret once and forgets it; null when it was already read.</summary>
    public async Task<(WsEnvironment Environment, string ClientId, string Secret)?> RevealSecretAsync(Guid id, WsEnvironment environment, string actor, CancellationToken cancellationToken)
    {
        var onboarding = await LoadAsync(id, cancellationToken);
        var sealedSecret = environment == WsEnvironment.Training ? onboarding.SealedTrainingSecret : onboarding.SealedProductionSecret;
        var clientId = environment == WsEnvironment.Training ? onboarding.TrainingClientId : onboarding.ProductionClientId;
        if (sealedSecret is null || clientId is null)
        {
            return null;
        }

        if (environment == WsEnvironment.Training)
        {
            onboarding.SealedTrainingSecret = null;
        }
        else
        {
            onboarding.SealedProductionSecret = null;
        }

        await SaveStepAsync(onboarding, actor, $"Rahasia klien {(environment == WsEnvironment.Training ? "pelatihan" : "produksi")} dibaca (hanya sekali).", cancellationToken, keepStageClock: true);
        return (environment, clientId, Protector.Unprotect(sealedSecret));
    }

    /// <summary>
    /// Reminder sweep (the shipped timer workflow): each open onboarding whose stage has lasted <paramref name="days"/> days
    /// or more since its start or its last reminder gets a reminder line and a notification to whoever must act.
    /// </summary>
    public async Task<int> RemindAsync(int days, CancellationToken cancellationToken)
    {
        var now = Now;
        var cutoff = now.AddDays(-days);
        var stalled = await db.Set<WsOnboarding>()
            .Where(o => (o.Stage == WsOnboardingStage.Diajukan || o.Stage == WsOnboardingStage.Pelatihan || o.Stage == WsOnboardingStage.ProduksiDiminta)
                && o.StageChangedUtc <= cutoff && (o.LastReminderUtc == null || o.LastReminderUtc <= cutoff))
            .OrderBy(o => o.StageChangedUtc).Take(200).ToListAsync(cancellationToken);
        if (stalled.Count == 0)
        {
            return 0;
        }

        var snapshot = await agencies.GetAsync(cancellationToken);
        var notifications = services.GetService<INotificationCenter>();
        foreach (var onboarding in stalled)
        {
            var waited = (int)Math.Floor((now - onboarding.StageChangedUtc).TotalDays);
            var (who, text) = WaitingOn(onboarding);
            onboarding.Reminders++;
            onboarding.LastReminderUtc = now;
            onboarding.Version++;
            db.Set<WsOnboardingEntry>().Add(new WsOnboardingEntry { OnboardingId = onboarding.Id, AtUtc = now, Actor = "Sistem", Text = $"Pengingat: tahap \"{WsOnboardingStages.Label(onboarding.Stage)}\" tertunda {waited} hari; menunggu {who} ({text})." });
            var recipient = who == "instansi" ? onboarding.RequestedByUserId : onboarding.DecidedByUserId;
            if (notifications is not null && recipient is not null)
            {
                var agencyName = snapshot.Find(onboarding.AgencyId)?.Name ?? "instansi";
                await notifications.NotifyAsync([recipient], $"Pengajuan layanan web {agencyName} tertunda {waited} hari: {text}.", $"{WebServiceRoutes.AdminOnboarding}/{onboarding.Id}", cancellationToken);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return stalled.Count;
    }

    public static (string Who, string Text) WaitingOn(WsOnboarding onboarding) => onboarding.Stage switch
    {
        WsOnboardingStage.Diajukan => ("BKN", "keputusan atas pengajuan"),
        WsOnboardingStage.Pelatihan => ("instansi", "panggilan uji dan permintaan produksi"),
        WsOnboardingStage.ProduksiDiminta when onboarding.PublicIpRegisteredUtc is null => ("BKN", "pendaftaran IP publik"),
        WsOnboardingStage.ProduksiDiminta => ("BKN", "kredensial produksi"),
        _ => ("-", "-"),
    };

    private IDataProtector Protector => protection.CreateProtector(SecretPurpose);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private static WsClientInput Input(WsOnboarding onboarding, WsEnvironment environment) => new()
    {
        AgencyId = onboarding.AgencyId,
        Environment = environment,
        DisplayName = $"Onboarding {(environment == WsEnvironment.Training ? "pelatihan" : "produksi")} {onboarding.RequestedUtc:yyyy-MM-dd}",
        Scopes = WsScopes.All,
        AllowedAddresses = onboarding.PublicAddresses,
        RateLimitPerMinute = 600,
    };

    private static void Require(WsOnboarding onboarding, WsOnboardingStage stage, string message)
    {
        if (onboarding.Stage != stage)
        {
            throw new WsClientException([message]);
        }
    }

    private async Task<WsOnboarding> LoadAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Set<WsOnboarding>().FirstOrDefaultAsync(o => o.Id == id, cancellationToken) ?? throw new WsClientException(["Pengajuan tidak ditemukan."]);

    private async Task SaveStepAsync(WsOnboarding onboarding, string actor, string text, CancellationToken cancellationToken, bool keepStageClock = false)
    {
        var now = Now;
        if (!keepStageClock)
        {
            onboarding.StageChangedUtc = now;
            onboarding.LastReminderUtc = null;
        }

        onboarding.Version++;
        db.Set<WsOnboardingEntry>().Add(new WsOnboardingEntry { OnboardingId = onboarding.Id, AtUtc = now, Actor = actor, Text = text });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Saves a person's step and raises the workflow event, all in one transaction.</summary>
    private async Task<WsOnboarding> StepAsync(WsOnboarding onboarding, bool isNew, string eventStage, string actor, string text, CancellationToken cancellationToken, bool keepStageClock = false, Func<Task>? before = null)
    {
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            if (isNew)
            {
                db.Set<WsOnboarding>().Add(onboarding);
            }

            if (before is not null)
            {
                await before();
            }

            await SaveStepAsync(onboarding, actor, text, cancellationToken, keepStageClock);
            if (services.GetService<IWorkflowManager>() is { } workflows)
            {
                var input = new JsonObject
                {
                    ["stage"] = eventStage,
                    ["onboardingId"] = onboarding.Id.ToString(),
                    ["agencyCode"] = (await agencies.GetAsync(cancellationToken)).Find(onboarding.AgencyId)?.Code,
                    ["actor"] = actor,
                };
                var runs = await workflows.TriggerEventAsync(Activities.WsOnboardingEvent.EventName, input, onboarding.Id.ToString(), cancellationToken);
                if (runs.Any(r => r.Status == WorkflowStatus.Faulted))
                {
                    throw new WsClientException(["Langkah otomatis alur kerja pengajuan gagal; tidak ada yang disimpan. Periksa alur kerja \"ws-onboarding\" di admin Alur Kerja."]);
                }
            }

            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            return onboarding;
        }
        catch
        {
            if (transaction is not null)
            {
                await transaction.RollbackAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
            }

            throw;
        }
    }
}

/// <summary>The stage names the onboarding events carry (the workflow's event filter) and the stage labels.</summary>
public static class WsOnboardingStages
{
    public const string Requested = "diajukan";
    public const string Approved = "disetujui";
    public const string Refused = "ditolak";
    public const string ProductionRequested = "produksi-diminta";
    public const string PublicIpRegistered = "ip-terdaftar";

    public static readonly IReadOnlyList<string> All = [Requested, Approved, Refused, ProductionRequested, PublicIpRegistered];

    public static string Label(WsOnboardingStage stage) => stage switch
    {
        WsOnboardingStage.Diajukan => "Diajukan",
        WsOnboardingStage.Disetujui => "Disetujui",
        WsOnboardingStage.Pelatihan => "Pelatihan",
        WsOnboardingStage.ProduksiDiminta => "Produksi diminta",
        WsOnboardingStage.Implementasi => "Implementasi",
        _ => "Ditolak",
    };
}
