using Bkn.Cms.Background;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Workflows.Services;

/// <summary>Fires due workflow timers every "Workflows:TimerInterval" (default 5 s); claims make each fire on one node only.</summary>
public sealed class WorkflowTimerTask(IConfiguration configuration) : IBackgroundTask
{
    public TimeSpan Interval { get; } = configuration.GetValue("Workflows:TimerInterval", TimeSpan.FromSeconds(5));

    public Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<IWorkflowTimerProcessor>().ProcessDueAsync(50_000, cancellationToken);
}
