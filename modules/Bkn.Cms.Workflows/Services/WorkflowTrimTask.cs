using System.Globalization;
using Bkn.Cms.Background;
using Bkn.Cms.Settings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bkn.Cms.Workflows.Services;

/// <summary>Deletes finished and cancelled instances older than the setting "Workflows:TrimAfterDays" (default 30).</summary>
public sealed partial class WorkflowTrimTask(TimeProvider time, ILogger<WorkflowTrimTask> logger) : IBackgroundTask
{
    public const string TrimAfterDaysKey = "Workflows:TrimAfterDays";
    public const int DefaultTrimAfterDays = 30;

    public TimeSpan Interval => TimeSpan.FromHours(1);

    public static int TrimAfterDays(ISiteSettings settings) =>
        int.TryParse(settings.Get(TrimAfterDaysKey), NumberStyles.Integer, CultureInfo.InvariantCulture, out var days) && days > 0 ? days : DefaultTrimAfterDays;

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow().UtcDateTime.AddDays(-TrimAfterDays(services.GetRequiredService<ISiteSettings>()));
        var deleted = await services.GetRequiredService<IWorkflowManager>().TrimAsync(cutoff, cancellationToken);
        if (deleted > 0)
        {
            LogTrimmed(logger, deleted);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Workflow trimming removed {Count} finished instances")]
    private static partial void LogTrimmed(ILogger logger, int count);
}
