using Bkn.Cms.Background;
using Bkn.Cms.Locking;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Helpdesk.Services;

/// <summary>Runs the <see cref="OrphanScanSweeper"/> every hour on one node.</summary>
public sealed class OrphanScanSweepTask : IBackgroundTask
{
    public TimeSpan Interval => TimeSpan.FromHours(1);

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var handle = await services.GetRequiredService<IDistributedLock>().TryAcquireAsync("helpdesk:orphan-scans", TimeSpan.FromMinutes(30), cancellationToken);
        if (handle is not null)
        {
            await services.GetRequiredService<OrphanScanSweeper>().SweepAsync(cancellationToken);
        }
    }
}
