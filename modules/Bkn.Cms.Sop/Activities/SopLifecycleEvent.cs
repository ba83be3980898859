using Bkn.Cms.Sop.Services;
using Bkn.Cms.Workflows;

namespace Bkn.Cms.Sop.Activities;

/// <summary>
/// A person's lifecycle action on one SOP version, raised by <see cref="SopService.MoveAsync"/> after its permission,
/// rule and concurrency checks, inside the move's transaction. The correlation id is the SOP version's id; the input
/// carries <c>aksi</c> (ajukan, kembalikan, validasi, sahkan, berlakukan, cabut), <c>sopId</c>, <c>nomor</c>,
/// <c>nama</c>, <c>unit</c>, <c>versi</c>, <c>pengguna</c> (who acted), <c>catatan</c> (the note, and for a return the
/// evaluator's notes per row), <c>tanggalEfektif</c> and <c>tautan</c> (the SOP's admin page).
/// The activity listens to the actions of its property <c>aksi</c> and continues through the outcome named after the
/// action that occurred, so one waiting point can branch (the evaluator returns or validates). An SOP version's
/// instance waiting here is what allows these actions: a move it does not wait for is refused.
/// </summary>
public sealed class SopLifecycleEvent : WorkflowEvent
{
    public const string EventName = "SopLifecycleEvent";
    public const string ActionsProperty = "aksi";

    public override string Name => EventName;

    public override string DisplayText => "Tindakan siklus SOP";

    public override string Category => "Registri SOP";

    public override IReadOnlyList<ActivityPropertyDescriptor> Properties =>
        [new(ActionsProperty, "Tindakan yang ditunggu", ActivityPropertyKind.List, "ajukan, kembalikan, validasi, sahkan, berlakukan, cabut", Required: true)];

    public override IEnumerable<string> GetOutcomes(ActivityDefinition activity) => Actions(activity).Select(SopLifecycle.Slug);

    public override IEnumerable<string> Validate(ActivityDefinition activity)
    {
        foreach (var action in activity.GetList(ActionsProperty).Where(a => SopLifecycle.ParseAction(a) is null))
        {
            yield return $"Tindakan SOP '{action}' tidak dikenal (ajukan, kembalikan, validasi, sahkan, berlakukan, cabut).";
        }
    }

    /// <summary>The actions an activity of this kind waits for.</summary>
    public static IReadOnlyList<SopAction> Actions(ActivityDefinition activity) =>
        [.. activity.GetList(ActionsProperty).Select(SopLifecycle.ParseAction).OfType<SopAction>().Distinct()];

    public override ValueTask<bool> CanHandleAsync(ActivityContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(SopLifecycle.ParseAction(context.Input["aksi"]?.GetValue<string>()) is { } action && Actions(context.Activity).Contains(action));

    public override Task<ActivityResult> ResumeAsync(ActivityContext context, CancellationToken cancellationToken) =>
        Task.FromResult(SopLifecycle.ParseAction(context.Input["aksi"]?.GetValue<string>()) is { } action
            ? ActivityResult.Outcomes(SopLifecycle.Slug(action))
            : throw new WorkflowException("Peristiwa siklus SOP tanpa tindakan yang dikenal."));
}
