using Bkn.Cms.Background;
using Bkn.Cms.Locking;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Helpdesk.Services;

/// <summary>
/// Runs the SLA sweep every minute on one node at a time (distributed lock). Used until the workflow engine ships a
/// timer-driven SLA workflow; both call <see cref="SlaSweeper"/>.
/// </summary>
public sealed class HelpdeskSlaTask : IBackgroundTask
{
    public TimeSpan Interval => TimeSpan.FromMinutes(1);

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var handle = await services.GetRequiredService<IDistributedLock>().TryAcquireAsync("helpdesk:sla", TimeSpan.FromMinutes(5), cancellationToken);
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
