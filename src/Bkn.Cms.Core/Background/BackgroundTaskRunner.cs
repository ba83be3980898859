using Bkn.Cms.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bkn.Cms.Background;

/// <summary>Runs every registered <see cref="IBackgroundTask"/> on its interval while its feature is enabled.</summary>
public sealed partial class BackgroundTaskRunner(IEnumerable<IBackgroundTask> tasks, IFeatureChecker features, IServiceScopeFactory scopeFactory, TimeProvider time, ILogger<BackgroundTaskRunner> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var schedule = tasks.ToDictionary(t => t, t => time.GetUtcNow() + t.Interval);
        if (schedule.Count == 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var (task, due) in schedule.ToList())
            {
                var now = time.GetUtcNow();
                if (now < due)
                {
                    continue;
                }

                // Next due time is computed from now, so a long pause never causes a burst of catch-up runs.
                schedule[task] = now + task.Interval;
                if (features.FeatureOf(task.GetType()) is { } featureId && !features.IsEnabled(featureId))
                {
                    continue;
                }

                try
                {
                    await using var scope = scopeFactory.CreateAsyncScope();
                    await task.RunAsync(scope.ServiceProvider, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogFailed(logger, task.GetType().Name, ex);
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Background task {Task} failed")]
    private static partial void LogFailed(ILogger logger, string task, Exception exception);
}
