using Bkn.Cms.Background;
using Bkn.Cms.Features;
using Bkn.Cms.Locking;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Helpdesk.Services;

/// <summary>
/// Runs the SLA sweep every minute on one node at a time (distributed lock) while the workflow engine is switched
/// off; with Bkn.Cms.Workflows on, the shipped workflow type "helpdesk-sla" runs the same sweep from a cron timer.
/// </summary>
public sealed class HelpdeskSlaTask : IBackgroundTask
{
    public const string WorkflowsFeatureId = "Bkn.Cms.Workflows";

    public TimeSpan Interval => TimeSpan.FromMinutes(1);

    public const string LockName = "helpdesk:sla";

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (services.GetRequiredService<IFeatureChecker>().IsEnabled(WorkflowsFeatureId))
        {
            return;
        }

        await using var handle = await services.GetRequiredService<IDistributedLock>().TryAcquireAsync(LockName, TimeSpan.FromMinutes(5), cancellationToken);
        if (handle is null)
        {
            return;
        }

        while (!cancellationToken.IsCancellationRequested)
        {
            var result = await services.GetRequiredService<SlaSweeper>().SweepAsync(cancellationToken);
            if (result.Warned + result.Escalated + result.Closed == 0)
            {
                break;
            }
        }
    }
}
