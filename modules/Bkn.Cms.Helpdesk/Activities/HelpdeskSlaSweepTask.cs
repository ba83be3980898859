using Bkn.Cms.Helpdesk.Services;
using Bkn.Cms.Locking;
using Bkn.Cms.Workflows;

namespace Bkn.Cms.Helpdesk.Activities;

/// <summary>
/// One SLA sweep: warns assignees before breach, marks overdue and escalates to the team supervisor at breach, closes
/// answered tickets after the quiet period. The shipped type "helpdesk-sla" runs it from a cron timer every minute.
/// </summary>
public sealed class HelpdeskSlaSweepTask(SlaSweeper sweeper, IDistributedLock locks) : WorkflowTask
{
    public override string Name => "HelpdeskSlaSweepTask";

    public override string DisplayText => "Periksa SLA helpdesk (peringatan, eskalasi, tutup otomatis)";

    public override string Category => "Helpdesk";

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        await using var handle = await locks.TryAcquireAsync(HelpdeskSlaTask.LockName, TimeSpan.FromMinutes(5), cancellationToken);
        if (handle is null)
        {
            context.JournalNote = "Pemeriksaan SLA lain sedang berjalan.";
            return ActivityResult.Done();
        }

        var result = await sweeper.SweepAsync(cancellationToken);
        context.JournalNote = $"{result.Warned} diperingatkan, {result.Escalated} dieskalasi, {result.Closed} ditutup.";
        return ActivityResult.Done();
    }
}
