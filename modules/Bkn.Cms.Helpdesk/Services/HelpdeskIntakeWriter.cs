using System.Threading.Channels;
using Bkn.Cms.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bkn.Cms.Helpdesk.Services;

/// <summary>
/// Group commit for public submissions. Requests hand their validated draft to this node's writer and wait; the writer
/// takes whatever has queued up (up to <see cref="MaxBatch"/>) and writes it in one transaction, so the per-transaction
/// costs — BEGIN/COMMIT and its log flush, the ticket-number counter, the queue-count rows, the search log — are paid
/// once per batch instead of once per ticket. A request is answered only after its batch has committed (nothing
/// confirmed is lost). If a batch fails, its drafts are written one by one, so one bad draft fails only itself.
/// SQLite gets one writer (it has one write lock anyway, and a queue beats SQLITE_BUSY retries); PostgreSQL two, so one
/// batch is built while the other commits.
/// </summary>
public sealed partial class HelpdeskIntakeWriter(IServiceScopeFactory scopes, ScanStore scans, ILogger<HelpdeskIntakeWriter> logger) : BackgroundService
{
    public const int MaxBatch = 64;

    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>();

    /// <summary>
    /// Queues a draft and waits until its batch has committed. From the call on the writer owns the draft's scans: it
    /// removes them when the draft does not become a new ticket (repeated, refused or failed).
    /// </summary>
    public Task<IntakeResult> WriteAsync(IntakeDraft draft, CancellationToken cancellationToken)
    {
        var pending = new Pending(draft);
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new OperationCanceledException("The helpdesk intake writer has stopped.");
        }

        // A request that gives up still gets its ticket written; a repeat of the form then finds it (same submission key).
        return pending.Completion.Task.WaitAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        int writers;
        await using (var scope = scopes.CreateAsyncScope())
        {
            writers = scope.ServiceProvider.GetRequiredService<ICmsDbContext>().Provider == DatabaseProvider.Sqlite ? 1 : 2;
        }

        try
        {
            await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => RunAsync(stoppingToken)));
        }
        finally
        {
            _queue.Writer.TryComplete();
            while (_queue.Reader.TryRead(out var left))
            {
                Delete(left.Draft);
                left.Completion.TrySetCanceled(CancellationToken.None);
            }
        }
    }

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Pending>(MaxBatch);
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var next))
                {
                    batch.Add(next);
                }

                if (batch.Count > 0)
                {
                    // A batch that has started is finished even while the host stops: its requests are still waiting.
                    await WriteBatchAsync(batch);
                    batch.Clear();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task WriteBatchAsync(List<Pending> batch)
    {
        if (batch.Count > 1)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var writer = scope.ServiceProvider.GetRequiredService<HelpdeskTicketWriter>();
                foreach (var year in batch.GroupBy(p => p.Draft.Year))
                {
                    var next = await writer.ReserveNumbersAsync(year.Key, year.Count(), CancellationToken.None);
                    foreach (var pending in year)
                    {
                        pending.Number = HelpdeskSql.FormatNumber(year.Key, next++);
                    }
                }

                var results = await writer.WriteAsync([.. batch.Select(p => (p.Draft, p.Number!))], CancellationToken.None);
                for (var i = 0; i < batch.Count; i++)
                {
                    Complete(batch[i], results[i]);
                }

                return;
            }
            catch (Exception exception)
            {
                LogBatchFailed(logger, batch.Count, exception);
            }
        }

        // One by one, each in a fresh scope; a draft keeps the number reserved for it in the failed batch.
        foreach (var pending in batch)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var writer = scope.ServiceProvider.GetRequiredService<HelpdeskTicketWriter>();
                pending.Number ??= HelpdeskSql.FormatNumber(pending.Draft.Year, await writer.ReserveNumbersAsync(pending.Draft.Year, 1, CancellationToken.None));
                Complete(pending, await writer.WriteOneAsync(pending.Draft, pending.Number, CancellationToken.None));
            }
            catch (Exception exception)
            {
                Delete(pending.Draft);
                pending.Completion.TrySetException(exception);
            }
        }
    }

    private void Complete(Pending pending, IntakeResult result)
    {
        if (!result.Succeeded || result.Repeated)
        {
            Delete(pending.Draft);
        }

        pending.Completion.TrySetResult(result);
    }

    private void Delete(IntakeDraft draft)
    {
        foreach (var scan in draft.Scans)
        {
            scans.Delete(scan.Path);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A batch of {Count} helpdesk submissions failed; writing them one by one")]
    private static partial void LogBatchFailed(ILogger logger, int count, Exception exception);

    private sealed class Pending(IntakeDraft draft)
    {
        public IntakeDraft Draft { get; } = draft;

        public string? Number { get; set; }

        public TaskCompletionSource<IntakeResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
