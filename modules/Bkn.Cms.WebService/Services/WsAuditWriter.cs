using System.Threading.Channels;
using Bkn.Cms.WebService.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bkn.Cms.WebService.Services;

/// <summary>
/// Writes the call audit without holding up calls: a call only queues its row; a background loop drains the queue in
/// batches (one insert per batch). On shutdown the queue is closed and what is left is written before the host stops,
/// so no call is lost when the site stops normally.
/// </summary>
public sealed partial class WsAuditWriter(IServiceScopeFactory scopes, ILogger<WsAuditWriter> logger) : BackgroundService
{
    public const int MaxBatch = 500;

    private readonly Channel<WsCall> _queue = Channel.CreateUnbounded<WsCall>(new UnboundedChannelOptions { SingleReader = false, SingleWriter = false });
    private readonly SemaphoreSlim _drain = new(1, 1);

    /// <summary>Queues a call; never blocks. After shutdown the row is written at once instead.</summary>
    public void Enqueue(WsCall call)
    {
        if (!_queue.Writer.TryWrite(call))
        {
            // The host is stopping and the queue is closed: write synchronously so the call is not lost.
            _ = WriteAsync([call]);
        }
    }

    /// <summary>Writes everything queued so far (the admin pages and tests call it to read fresh numbers).</summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        await _drain.WaitAsync(cancellationToken);
        try
        {
            await DrainAsync();
        }
        finally
        {
            _drain.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                await FlushAsync(CancellationToken.None);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        _queue.Writer.TryComplete();
        await FlushAsync(CancellationToken.None);
    }

    private async Task DrainAsync()
    {
        var batch = new List<WsCall>(MaxBatch);
        while (true)
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var call))
            {
                batch.Add(call);
            }

            if (batch.Count == 0)
            {
                return;
            }

            await WriteAsync(batch);
        }
    }

    private async Task WriteAsync(IReadOnlyList<WsCall> batch)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<DbContext>();
                foreach (var call in batch)
                {
                    call.Id = 0;
                }

                db.Set<WsCall>().AddRange(batch);
                await db.SaveChangesAsync(CancellationToken.None);
                return;
            }
            catch (Exception exception) when (attempt < 3)
            {
                LogRetry(logger, batch.Count, attempt, exception.GetType().Name);
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt));
            }
            catch (Exception exception)
            {
                LogLost(logger, batch.Count, exception);
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Web service audit: writing {Count} calls failed (attempt {Attempt}, {ErrorType}); retrying")]
    private static partial void LogRetry(ILogger logger, int count, int attempt, string errorType);

    [LoggerMessage(Level = LogLevel.Error, Message = "Web service audit: {Count} calls could not be written")]
    private static partial void LogLost(ILogger logger, int count, Exception exception);
}
