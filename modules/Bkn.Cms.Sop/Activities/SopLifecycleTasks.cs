using System.Text.Json.Nodes;
using Bkn.Cms.Notifications;
using Bkn.Cms.Sop.Models;
using Bkn.Cms.Sop.Services;
using Bkn.Cms.Units;
using Bkn.Cms.Validation;
using Bkn.Cms.Workflows;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Sop.Activities;

/// <summary>
/// Puts the SOP version of the instance (its correlation id) in the status of the property <c>status</c>, with the
/// lifecycle's fixed consequences (event row, the replaced version becomes "Diganti", the public search follows). The
/// move must be one of the lifecycle's moves (<see cref="SopLifecycle"/>) for the action that resumed the instance:
/// a diagram that asks for another one faults, and the person's move that triggered it is rolled back with it.
/// </summary>
public sealed class SopStatusTask(SopService sops) : WorkflowTask
{
    public const string TaskName = "SopStatusTask";
    public const string StatusProperty = "status";

    /// <summary>The statuses a workflow may set (Draf and Diganti are set by the registry itself).</summary>
    public static readonly IReadOnlyList<string> Statuses =
        [.. new[] { SopStatus.Diajukan, SopStatus.PerluPerbaikan, SopStatus.Divalidasi, SopStatus.Disahkan, SopStatus.Berlaku, SopStatus.Dicabut }.Select(SopStatuses.Slug)];

    public override string Name => TaskName;

    public override string DisplayText => "Tetapkan status SOP";

    public override string Category => "Registri SOP";

    public override IReadOnlyList<ActivityPropertyDescriptor> Properties =>
        [new(StatusProperty, "Status baru", ActivityPropertyKind.Select, "Harus sesuai tindakan yang ditunggu sebelumnya (siklus SOP tetap di kode).", Required: true) { Options = Statuses }];

    public override IEnumerable<string> Validate(ActivityDefinition activity) =>
        Statuses.Contains(activity.GetString(StatusProperty) ?? "") ? [] : ["Pilih status SOP yang dikenal."];

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(context.CorrelationId, out var id))
        {
            throw new WorkflowException("Alur kerja ini berjalan untuk satu versi SOP (correlation id).");
        }

        var status = SopStatuses.Parse(context.GetString(StatusProperty)) ?? throw new WorkflowException("Status SOP pada aktivitas ini tidak dikenal.");
        var action = SopLifecycle.ParseAction(context.Input["aksi"]?.GetValue<string>());
        var user = context.Input["pengguna"]?.GetValue<string>() ?? "";
        var note = context.Input["catatanStatus"]?.GetValue<string>() ?? "";
        var (from, error) = await sops.ApplyFromWorkflowAsync(id, status, action, user, note, cancellationToken);
        if (error is not null)
        {
            throw new WorkflowException(error);
        }

        context.LastResult = JsonValue.Create(SopStatuses.Slug(status));
        context.JournalNote = $"{SopStatuses.Label(from)} → {SopStatuses.Label(status)}";
        return ActivityResult.Done();
    }
}

/// <summary>
/// Notifies the people of the instance's SOP version in the admin bar: <c>penyusun</c> (who submitted this version;
/// the unit's authors when nobody did), <c>evaluator</c> (who may validate the unit's SOPs) or <c>pengesah</c> (who may
/// ratify them: the unit head). Continues with "Done" and, when some of them have a valid e-mail address, also with
/// "Surel", the addresses (comma-separated) being the last result: connect "Surel" to a "Kirim surel" task whose
/// recipients are <c>{{ lastResult }}</c>.
/// </summary>
public sealed class SopNotifyTask(IWorkflowExpressionEvaluator expressions, DbContext db, IUnitTree units, IEnumerable<INotificationCenter> centers) : WorkflowTask
{
    public const string TaskName = "SopNotifyTask";
    public const string MailOutcome = "Surel";

    public static readonly IReadOnlyList<string> Recipients = ["penyusun", "evaluator", "pengesah"];

    public override string Name => TaskName;

    public override string DisplayText => "Beri tahu pihak SOP";

    public override string Category => "Registri SOP";

    public override IReadOnlyList<ActivityPropertyDescriptor> Properties =>
    [
        new("kepada", "Penerima", ActivityPropertyKind.Select, "penyusun, evaluator atau pengesah SOP unit ini.", Required: true) { Options = Recipients },
        new("pesan", "Pesan (Liquid)", ActivityPropertyKind.Liquid, "Misalnya: SOP {{ input.nomor }} diajukan untuk validasi.", Required: true),
    ];

    public override IEnumerable<string> GetOutcomes(ActivityDefinition activity) => [WorkflowOutcomes.Done, MailOutcome];

    public override IEnumerable<string> Validate(ActivityDefinition activity) =>
        Recipients.Contains(activity.GetString("kepada") ?? "") ? [] : ["Pilih penerima: penyusun, evaluator atau pengesah."];

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(context.CorrelationId, out var id) || await db.Set<SopDocument>().FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } sop)
        {
            throw new WorkflowException("Alur kerja ini berjalan untuk satu versi SOP (correlation id).");
        }

        var tree = await units.GetAsync(cancellationToken);
        var people = context.GetString("kepada") switch
        {
            "penyusun" => await SopPeople.AuthorsAsync(db, tree, sop, cancellationToken),
            "evaluator" => await SopPeople.HoldersAsync(db, tree, Permissions.EvaluateSop, sop.UnitId, cancellationToken),
            _ => await SopPeople.HoldersAsync(db, tree, Permissions.RatifySop, sop.UnitId, cancellationToken),
        };
        var message = await expressions.RenderLiquidAsync(context.GetString("pesan") ?? "", context, html: false, cancellationToken);
        if (people.Count > 0)
        {
            foreach (var center in centers)
            {
                await center.NotifyAsync([.. people.Select(p => p.Id)], message, SopRoutes.Admin + "/" + sop.Id, cancellationToken);
            }
        }

        var addresses = people.Select(p => p.Email?.Trim() ?? "").Where(EmailAddressRules.IsValid).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        context.JournalNote = $"{people.Count} penerima, {addresses.Count} dengan alamat surel";
        if (addresses.Count == 0)
        {
            return ActivityResult.Done();
        }

        context.LastResult = JsonValue.Create(string.Join(", ", addresses));
        return ActivityResult.Outcomes(MailOutcome, WorkflowOutcomes.Done);
    }
}
