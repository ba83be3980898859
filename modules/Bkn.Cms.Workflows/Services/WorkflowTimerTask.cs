using Bkn.Cms.Background;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Workflows.Services;

/// <summary>Fires due workflow timers every few seconds (claimed so that each fires on one node only).</summary>
public sealed class WorkflowTimerTask : IBackgroundTask
{
    public TimeSpan Interval => TimeSpan.FromSeconds(5);

    public Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<WorkflowTimerProcessor>().ProcessDueAsync(50_000, cancellationToken);
}
