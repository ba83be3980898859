using System.Security.Claims;
using System.Text.Json.Nodes;
using Bkn.Cms.Agencies;
using Bkn.Cms.Audit;
using Bkn.Cms.Data;
using Bkn.Cms.Kepegawaian.Models;
using Bkn.Cms.Kepegawaian.Rules;
using Bkn.Cms.Kepegawaian.Services;
using Bkn.Cms.Notifications;
using Bkn.Cms.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Kepegawaian.Activities;

/// <summary>Names and input of the KPO/PPO workflow events (the dossier number is the correlation id).</summary>
public static class KpoWorkflowEvents
{
    public const string Submitted = "KpoUsulanSubmittedEvent";
    public const string Decided = "KpoUsulanDecidedEvent";
    public const string ListsGenerated = "KpoNominativeListsGeneratedEvent";

    /// <summary>The workflow variable the events copy their input into (<c>properties.usulan</c> in scripts and Liquid).</summary>
    public const string Variable = "usulan";

    /// <summary>What a workflow sees of a dossier step: number, status, version, agency, kind and the step's due times.</summary>
    public static JsonObject Input(KpoUsulan u, int remindDaysBefore) => new()
    {
        ["nomor"] = u.Nomor,
        ["status"] = UsulanStateMachine.Code(u.Status),
        ["version"] = u.Version,
        ["agencyId"] = u.AgencyId.ToString(),
        ["jenis"] = Checklists.Code(u.Jenis),
        ["periode"] = u.Period.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["dueUtc"] = u.DueUtc is { } due ? Iso(due) : null,
        ["reminderUtc"] = u.DueUtc is { } d ? Iso(d.AddDays(-remindDaysBefore)) : null,
        ["batasWaktu"] = u.BatasWaktu?.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string Iso(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("O", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Base of the dossier events: keeps the event's data as the workflow variable <c>usulan</c>.</summary>
public abstract class KpoUsulanEvent : WorkflowEvent
{
    public override string Category => "KPO/PPO";

    public override Task<ActivityResult> ResumeAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        context.Properties[KpoWorkflowEvents.Variable] = context.Input.DeepClone();
        return Task.FromResult(ActivityResult.Done());
    }
}

/// <summary>The agency submitted a dossier (first time or after BTL/BTS); the verifier's service level starts.</summary>
public sealed class KpoUsulanSubmittedEvent : KpoUsulanEvent
{
    public override string Name => KpoWorkflowEvents.Submitted;

    public override string DisplayText => "Usulan KPO/PPO diajukan instansi";
}

/// <summary>A verifier decided a dossier (BTL, BTS, TMS, MS) or issued its Pertek; optionally only for one decision.</summary>
public sealed class KpoUsulanDecidedEvent : KpoUsulanEvent
{
    public override string Name => KpoWorkflowEvents.Decided;

    public override string DisplayText => "Usulan KPO/PPO diputuskan verifikator";

    public override IReadOnlyList<ActivityPropertyDescriptor> Properties =>
    [
        new("status", "Hanya keputusan", ActivityPropertyKind.Select, "Kosongkan untuk setiap keputusan.") { Options = ["", "BTL", "BTS", "TMS", "MS", "PERTEK"] },
    ];

    public override ValueTask<bool> CanHandleAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var wanted = context.GetString("status");
        return ValueTask.FromResult(string.IsNullOrWhiteSpace(wanted) || string.Equals(wanted, context.Input["status"]?.ToString(), StringComparison.OrdinalIgnoreCase));
    }
}

/// <summary>
/// Whether the dossier of the instance (its correlation id) is still waiting in the step the workflow started on:
/// same status (property) and same version as the event's. "Menunggu": the step is over its due time, recorded in the
/// audit trail; "Berlanjut": someone acted meanwhile, nothing to remind.
/// </summary>
public sealed class KpoCheckStepTask(DbContext db, IAuditTrail audit) : WorkflowTask
{
    public const string Waiting = "Menunggu";
    public const string Moved = "Berlanjut";

    public override string Name => "KpoCheckStepTask";

    public override string DisplayText => "Periksa apakah usulan KPO/PPO masih menunggu";

    public override string Category => "KPO/PPO";

    public override IReadOnlyList<ActivityPropertyDescriptor> Properties =>
    [
        new("status", "Status yang ditunggu", ActivityPropertyKind.Select, Required: true) { Options = ["DIAJUKAN", "BTL", "BTS", "MS", "PERTEK"] },
        new("catatan", "Catatan jejak audit bila masih menunggu", Hint: "Mis. \"melewati tingkat layanan verifikasi\"."),
    ];

    public override IEnumerable<string> GetOutcomes(ActivityDefinition activity) => [Waiting, Moved];

    public override IEnumerable<string> Validate(ActivityDefinition activity)
    {
        if (UsulanStateMachine.Parse(activity.GetString("status")) is null)
        {
            yield return "Pilih status yang ditunggu.";
        }
    }

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var status = UsulanStateMachine.Parse(context.GetString("status"));
        var version = (context.Properties[KpoWorkflowEvents.Variable] as JsonObject)?["version"]?.GetValue<int>();
        var nomor = context.CorrelationId;
        var u = nomor is null ? null : await db.Set<KpoUsulan>().AsNoTracking().FirstOrDefaultAsync(x => x.Nomor == nomor, cancellationToken);
        if (u is null || u.Status != status || (version is { } v && u.Version != v))
        {
            context.JournalNote = "Usulan sudah berlanjut.";
            return ActivityResult.Outcomes(Moved);
        }

        var note = context.GetString("catatan");
        await audit.StageAsync(new AuditEvent(AuditCategories.Content, "kpo.usulan.sla", $"Usulan {u.Nomor} masih {UsulanStateMachine.Code(u.Status)}: {(string.IsNullOrWhiteSpace(note) ? "melewati batas waktu" : note)}"), cancellationToken);
        context.JournalNote = "Masih menunggu.";
        return ActivityResult.Outcomes(Waiting);
    }
}

/// <summary>An in-app notification to the users of the dossier's agency who hold a role (by default the KPO/PPO operators).</summary>
public sealed class KpoNotifyAgencyTask(ICmsDbContext db, DbContext data, IAgencyScopeService scopes, INotificationCenter notifications, IWorkflowExpressionEvaluator expressions) : WorkflowTask
{
    public override string Name => "KpoNotifyAgencyTask";

    public override string DisplayText => "Kirim notifikasi ke operator instansi pengusul";

    public override string Category => "KPO/PPO";

    public override IReadOnlyList<ActivityPropertyDescriptor> Properties =>
    [
        new("roles", "Peran", ActivityPropertyKind.List, "Peran pengguna instansi yang diberi tahu; kosong: Operator KPO/PPO Instansi."),
        new("message", "Pesan (Liquid)", ActivityPropertyKind.Liquid, Required: true),
    ];

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var nomor = context.CorrelationId;
        var agencyId = nomor is null ? null : await data.Set<KpoUsulan>().AsNoTracking().Where(u => u.Nomor == nomor).Select(u => (Guid?)u.AgencyId).FirstOrDefaultAsync(cancellationToken);
        if (agencyId is null)
        {
            context.JournalNote = "Usulan tidak ditemukan.";
            return ActivityResult.Done();
        }

        var roles = context.Activity.GetList("roles").Select(r => r.ToUpperInvariant()).ToList();
        if (roles.Count == 0)
        {
            roles.Add("OPERATOR KPO/PPO INSTANSI");
        }

        var candidates = await (from ur in db.UserRoles
                                join r in db.Roles on ur.RoleId equals r.Id
                                join u in db.Users on ur.UserId equals u.Id
                                where roles.Contains(r.NormalizedName!) && u.IsActive && u.UnitId == null
                                select u.Id).Distinct().ToListAsync(cancellationToken);
        var recipients = new List<string>();
        foreach (var id in candidates)
        {
            var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, id)]));
            if (await scopes.GetAgencyOfUserAsync(principal, cancellationToken) == agencyId)
            {
                recipients.Add(id);
            }
        }

        var message = await expressions.RenderLiquidAsync(context.GetString("message") ?? "", context, html: false, cancellationToken);
        await notifications.NotifyAsync(recipients, message, $"{KepegawaianRoutes.Admin}/usulan/{Uri.EscapeDataString(nomor!)}", cancellationToken);
        context.JournalNote = $"{recipients.Count} penerima";
        return ActivityResult.Done();
    }
}

/// <summary>
/// Generates the nominative lists of the participating agencies for every period whose reconciliation window is open
/// and that has none yet. The shipped type "kpo-daftar-nominatif" runs it from a daily timer, so the lists appear in
/// the agencies' inbox on the day the window opens. "Dibuat" when lists were made (lastResult says how many).
/// </summary>
public sealed class GenerateKpoNominativeListsTask(IServiceProvider services) : WorkflowTask
{
    public const string Made = "Dibuat";
    public const string None = "Tidak ada";

    public override string Name => "GenerateKpoNominativeListsTask";

    public override string DisplayText => "Buat daftar nominatif KPO/PPO untuk masa rekonsiliasi yang dibuka";

    public override string Category => "KPO/PPO";

    public override IEnumerable<string> GetOutcomes(ActivityDefinition activity) => [Made, None];

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var made = await NominativeListTask.RunOnceAsync(services, cancellationToken);
        context.LastResult = JsonValue.Create(made);
        context.JournalNote = $"{made} daftar nominatif dibuat.";
        return ActivityResult.Outcomes(made > 0 ? Made : None);
    }
}
