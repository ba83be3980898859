using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Channels;
using Bkn.Cms.Hosting;
using Bkn.Cms.WebService.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bkn.Cms.WebService.Services;

/// <summary>
/// Writes the call audit without holding up calls, and without losing calls at a crash.
/// <para>
/// A call only queues its row (never blocks, never touches the disk). Two background loops do the rest:
/// the <b>appender</b> takes whatever is queued, gives each row its unique <see cref="WsCall.Key"/>, appends the group
/// to this node's write-ahead file under the data folder (<c>App:DataPath</c>/ws-audit, one JSON row a line) and
/// flushes it to the operating system (and to the disk with <c>WebService:AuditFileSync</c>); the <b>inserter</b>
/// writes the appended rows to the database in batches (one insert each). A file is written in segments of about
/// 1 MB: once a segment is full and all its rows are committed, it is deleted; a normal stop deletes every segment
/// whose rows are all in the database.
/// </para>
/// <para>
/// At start the writer replays every segment no running writer holds (each writer keeps its segments locked while it
/// runs, so nodes sharing a data folder never replay each other's live files): it inserts the rows whose key is not
/// in the database yet, then deletes the file. Replay is idempotent: a row already written (the crash came after the
/// insert but before the file was trimmed) is skipped, never doubled.
/// </para>
/// <para>
/// What a crash can still lose: the rows queued in memory that the appender had not yet flushed, i.e. the calls of the
/// last fraction of a millisecond (one append of a few rows), and with a power cut (not a killed process) whatever
/// the operating system had not yet put on the disk unless <c>WebService:AuditFileSync</c> is on.
/// </para>
/// </summary>
public sealed partial class WsAuditWriter : BackgroundService
{
    public const int MaxBatch = 500;

    /// <summary>The data folder's sub-folder for the write-ahead files.</summary>
    public const string FolderName = "ws-audit";

    /// <summary>A segment is closed (and deleted once its rows are committed) when it reaches this size.</summary>
    public const long SegmentBytes = 1 << 20;

    private const int MaxGroup = 1000;

    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<WsAuditWriter> _logger;
    private readonly bool _syncToDisk;
    private readonly string _instance = Guid.NewGuid().ToString("N");
    private readonly Channel<WsCall> _queue = Channel.CreateUnbounded<WsCall>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = false });
    private readonly Channel<Appended> _appended = Channel.CreateUnbounded<Appended>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
    private readonly Lock _files = new();
    private readonly List<Segment> _segments = [];
    private Segment? _active;
    private int _segmentNumber;
    private bool _fileFailed;
    private long _enqueued;
    private long _settled;
    private TaskCompletionSource _progress = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _replay = Task.CompletedTask;
    private Task _appender = Task.CompletedTask;
    private volatile bool _started;
    private volatile bool _abandoned;
    private volatile TaskCompletionSource? _hold;

    public WsAuditWriter(IServiceScopeFactory scopes, IConfiguration configuration, IHostEnvironment environment, ILogger<WsAuditWriter> logger)
    {
        _scopes = scopes;
        _logger = logger;
        Folder = DataPaths.Folder(configuration, environment, FolderName);
        _syncToDisk = configuration.GetValue("WebService:AuditFileSync", false);
    }

    /// <summary>Where the write-ahead files are.</summary>
    public string Folder { get; }

    /// <summary>Queues a call; never blocks. After shutdown the row is written at once instead.</summary>
    public void Enqueue(WsCall call)
    {
        Interlocked.Increment(ref _enqueued);
        if (!_queue.Writer.TryWrite(call))
        {
            // The host is stopping and the queue is closed: write directly so the call is not lost.
            call.Key ??= Guid.CreateVersion7();
            _ = WriteDirectAsync(call);
        }
    }

    /// <summary>
    /// Waits until everything queued so far (and any replay at start) is in the database (the admin pages and tests
    /// call it to read fresh numbers).
    /// </summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        var target = Interlocked.Read(ref _enqueued);
        await _replay.WaitAsync(cancellationToken);
        while (_started && !_abandoned && Interlocked.Read(ref _settled) < target)
        {
            var progress = Volatile.Read(ref _progress).Task;
            if (Interlocked.Read(ref _settled) >= target)
            {
                break;
            }

            await Task.WhenAny(progress, Task.Delay(100, cancellationToken));
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _started = true;
        _replay = Task.Run(ReplaySafelyAsync, CancellationToken.None);
        return base.StartAsync(cancellationToken);
    }

    /// <summary>Both loops run until the queue is closed and drained (at stop), not until the stop signal.</summary>
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _appender = Task.Run(AppendLoopAsync, CancellationToken.None);
        var inserter = Task.Run(InsertLoopAsync, CancellationToken.None);
        return Task.WhenAll(_appender, inserter);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
        if (!_abandoned)
        {
            CloseFiles(deleteCommitted: true);
        }
    }

    /// <summary>Tests: the inserter stops before its next insert (rows still reach the write-ahead file).</summary>
    internal void HoldDatabaseWrites() => _hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// Tests: behave as a killed process would after the appender's last flush: what is queued reaches the file, nothing
    /// more reaches the database, and the files stay as they are (their locks are released, as the operating system
    /// does for a dead process).
    /// </summary>
    internal async Task SimulateCrashAsync()
    {
        _abandoned = true;
        _queue.Writer.TryComplete();
        await _appender;
        CloseFiles(deleteCommitted: false);
        _hold?.TrySetResult();
    }

    private async Task AppendLoopAsync()
    {
        var group = new List<WsCall>(MaxGroup);
        while (await _queue.Reader.WaitToReadAsync())
        {
            group.Clear();
            while (group.Count < MaxGroup && _queue.Reader.TryRead(out var call))
            {
                call.Key ??= Guid.CreateVersion7();
                group.Add(call);
            }

            if (group.Count == 0)
            {
                continue;
            }

            var segment = Append(group);
            foreach (var call in group)
            {
                _appended.Writer.TryWrite(new Appended(call, segment));
            }
        }

        _appended.Writer.TryComplete();
    }

    /// <summary>Appends a group to the active segment and flushes it; null when the file cannot be written (the rows still go to the database).</summary>
    private Segment? Append(List<WsCall> group)
    {
        lock (_files)
        {
            try
            {
                var segment = _active ??= OpenSegment();
                foreach (var call in group)
                {
                    segment.Stream.Write(JsonSerializer.SerializeToUtf8Bytes(call, WsAuditJson.Default.WsCall));
                    segment.Stream.WriteByte((byte)'\n');
                }

                segment.Stream.Flush(_syncToDisk);
                segment.Pending += group.Count;
                if (segment.Stream.Length >= SegmentBytes)
                {
                    segment.Closed = true;
                    _active = null;
                }

                _fileFailed = false;
                return segment;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                if (!_fileFailed)
                {
                    _fileFailed = true;
                    LogFileFailed(_logger, Folder, exception.GetType().Name);
                }

                if (_active is { } broken)
                {
                    broken.Closed = true;
                    _active = null;
                }

                return null;
            }
        }
    }

    private Segment OpenSegment()
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, $"{_instance}-{++_segmentNumber:D6}.wal");

        // FileShare.None locks the file while this writer lives: a node starting on the same folder leaves it alone.
        var stream = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024);
        var segment = new Segment(path, stream);
        _segments.Add(segment);
        return segment;
    }

    private async Task InsertLoopAsync()
    {
        var batch = new List<WsCall>(MaxBatch);
        var segments = new Dictionary<Segment, int>();
        while (await _appended.Reader.WaitToReadAsync())
        {
            batch.Clear();
            segments.Clear();
            while (batch.Count < MaxBatch && _appended.Reader.TryRead(out var item))
            {
                batch.Add(item.Call);
                if (item.Segment is { } segment)
                {
                    segments[segment] = segments.GetValueOrDefault(segment) + 1;
                }
            }

            if (batch.Count == 0)
            {
                continue;
            }

            if (_hold is { } hold)
            {
                await hold.Task;
            }

            if (_abandoned)
            {
                return;
            }

            if (await WriteAsync(batch))
            {
                Committed(segments);
            }

            Settle(batch.Count);
        }
    }

    /// <summary>Counts committed rows against their segments; a closed segment whose rows are all committed is deleted.</summary>
    private void Committed(Dictionary<Segment, int> segments)
    {
        lock (_files)
        {
            foreach (var (segment, count) in segments)
            {
                segment.Pending -= count;
                if (segment.Closed && segment.Pending == 0)
                {
                    Delete(segment);
                }
            }
        }
    }

    private void CloseFiles(bool deleteCommitted)
    {
        lock (_files)
        {
            foreach (var segment in _segments.ToList())
            {
                if (deleteCommitted && segment.Pending == 0)
                {
                    Delete(segment);
                }
                else
                {
                    // Rows not in the database yet: the file stays for the next start to replay.
                    segment.Stream.Dispose();
                    _segments.Remove(segment);
                }
            }

            _active = null;
        }
    }

    private void Delete(Segment segment)
    {
        segment.Stream.Dispose();
        _segments.Remove(segment);
        if (ReferenceEquals(_active, segment))
        {
            _active = null;
        }

        try
        {
            File.Delete(segment.Path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Replay skips rows already written, so a file left behind costs a look-up at the next start, nothing more.
            LogFileFailed(_logger, Folder, exception.GetType().Name);
        }
    }

    private void Settle(int count)
    {
        Interlocked.Add(ref _settled, count);
        Interlocked.Exchange(ref _progress, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }

    private async Task WriteDirectAsync(WsCall call)
    {
        await WriteAsync([call]);
        Settle(1);
    }

    private async Task ReplaySafelyAsync()
    {
        try
        {
            await ReplayAsync();
        }
        catch (Exception exception)
        {
            // Whatever went wrong, the files stay where they are for the next start; calls are audited meanwhile.
            LogReplayFailed(_logger, 0, exception);
        }
    }

    /// <summary>Replays the write-ahead files no running writer holds (left by a process that did not stop normally).</summary>
    private async Task ReplayAsync()
    {
        string[] files;
        try
        {
            if (!Directory.Exists(Folder))
            {
                return;
            }

            files = Directory.GetFiles(Folder, "*.wal");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            LogFileFailed(_logger, Folder, exception.GetType().Name);
            return;
        }

        foreach (var path in files)
        {
            FileStream stream;
            try
            {
                stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                continue; // a running writer (this node's or another's sharing the folder) holds it, or it is gone
            }

            bool done;
            await using (stream)
            {
                var (rows, torn) = Read(stream);
                var inserted = await InsertMissingAsync(rows);
                done = inserted >= 0;
                if (done)
                {
                    LogReplayed(_logger, inserted, rows.Count - inserted, torn);
                }
            }

            if (done)
            {
                try
                {
                    File.Delete(path);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    LogFileFailed(_logger, Folder, exception.GetType().Name);
                }
            }
        }
    }

    private static (List<WsCall> Rows, int Torn) Read(Stream stream)
    {
        var rows = new List<WsCall>();
        var keys = new HashSet<Guid>();
        var torn = 0;
        using var reader = new StreamReader(stream, leaveOpen: true);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            try
            {
                // A process killed in the middle of an append leaves a torn last line: it is skipped.
                if (JsonSerializer.Deserialize(line, WsAuditJson.Default.WsCall) is { Key: { } key } call && keys.Add(key))
                {
                    rows.Add(call);
                }
            }
            catch (JsonException)
            {
                torn++;
            }
        }

        return (rows, torn);
    }

    /// <summary>Inserts the rows whose key is not in the database yet; the number inserted, or -1 when the database failed (the file is kept).</summary>
    private async Task<int> InsertMissingAsync(List<WsCall> rows)
    {
        var inserted = 0;
        foreach (var chunk in rows.Chunk(MaxBatch))
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await using var scope = _scopes.CreateAsyncScope();
                    var db = scope.ServiceProvider.GetRequiredService<DbContext>();
                    var keys = chunk.Select(c => c.Key).ToList();
                    var existing = (await db.Set<WsCall>().AsNoTracking().Where(c => keys.Contains(c.Key)).Select(c => c.Key).ToListAsync()).ToHashSet();
                    var missing = chunk.Where(c => !existing.Contains(c.Key)).ToList();
                    foreach (var call in missing)
                    {
                        call.Id = 0;
                    }

                    db.Set<WsCall>().AddRange(missing);
                    await db.SaveChangesAsync();
                    inserted += missing.Count;
                    break;
                }
                catch (Exception exception) when (attempt < 3)
                {
                    LogRetry(_logger, chunk.Length, attempt, exception.GetType().Name);
                    await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt));
                }
                catch (Exception exception)
                {
                    LogReplayFailed(_logger, rows.Count, exception);
                    return -1;
                }
            }
        }

        return inserted;
    }

    /// <summary>One insert of a batch, retried twice; false when it could not be written (its rows stay in the write-ahead file for the next start).</summary>
    private async Task<bool> WriteAsync(IReadOnlyList<WsCall> batch)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = _scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<DbContext>();
                foreach (var call in batch)
                {
                    call.Id = 0;
                }

                db.Set<WsCall>().AddRange(batch);
                await db.SaveChangesAsync(CancellationToken.None);
                return true;
            }
            catch (Exception exception) when (attempt < 3)
            {
                LogRetry(_logger, batch.Count, attempt, exception.GetType().Name);
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt));
            }
            catch (Exception exception)
            {
                LogLost(_logger, batch.Count, exception);
                return false;
            }
        }
    }

    private readonly record struct Appended(WsCall Call, Segment? Segment);

    private sealed class Segment(string path, FileStream stream)
    {
        public string Path { get; } = path;

        public FileStream Stream { get; } = stream;

        /// <summary>Rows appended to this segment and not yet committed to the database.</summary>
        public int Pending { get; set; }

        /// <summary>Full: no more rows are appended; deleted once <see cref="Pending"/> is zero.</summary>
        public bool Closed { get; set; }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Web service audit: writing {Count} calls failed (attempt {Attempt}, {ErrorType}); retrying")]
    private static partial void LogRetry(ILogger logger, int count, int attempt, string errorType);

    [LoggerMessage(Level = LogLevel.Error, Message = "Web service audit: {Count} calls could not be written to the database; they stay in the write-ahead file and are replayed at the next start")]
    private static partial void LogLost(ILogger logger, int count, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Web service audit: the write-ahead file in {Folder} cannot be written ({ErrorType}); calls still go to the database but are not crash-safe until it can")]
    private static partial void LogFileFailed(ILogger logger, string folder, string errorType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Web service audit: replayed a write-ahead file left by a process that did not stop normally: {Inserted} calls inserted, {Skipped} already written, {Torn} torn lines skipped")]
    private static partial void LogReplayed(ILogger logger, int inserted, int skipped, int torn);

    [LoggerMessage(Level = LogLevel.Error, Message = "Web service audit: replaying a write-ahead file of {Count} calls failed; the file is kept for the next start")]
    private static partial void LogReplayFailed(ILogger logger, int count, Exception exception);
}

/// <summary>The audit row's form in the write-ahead file (source-generated, no reflection on the hot loop).</summary>
[JsonSerializable(typeof(WsCall))]
internal sealed partial class WsAuditJson : JsonSerializerContext;
