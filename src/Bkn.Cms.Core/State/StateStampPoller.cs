using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bkn.Cms.State;

/// <summary>Polls the stamps so that a change made on another node is seen here within about a second.</summary>
public sealed partial class StateStampPoller(StateStamps stamps, IOptions<StateOptions> options, TimeProvider time, ILogger<StateStampPoller> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await stamps.SyncAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read state stamps; will retry")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
