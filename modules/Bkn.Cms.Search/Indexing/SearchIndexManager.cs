using System.Collections.Concurrent;
using Bkn.Cms.ContentManagement;
using Bkn.Cms.Features;
using Bkn.Cms.Search.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bkn.Cms.Search.Indexing;

/// <summary>
/// Keeps this node's Lucene copies in step with the database. Each node claims its own folder under
/// <c>{App:DataPath}/search</c> (a lock file, so nodes sharing a disk never share a copy); each index folder holds
/// generations, of which the newest complete one serves. The definitions live in the SearchIndexes table: a new
/// version there makes every node build a new generation in the background and swap it in when done.
/// </summary>
public sealed partial class SearchIndexManager(
    IConfiguration configuration,
    IHostEnvironment environment,
    IServiceScopeFactory scopes,
    TimeProvider time,
    ILogger<SearchIndexManager> logger) : IDisposable
{
    private readonly ConcurrentDictionary<string, IndexState> _states = new(StringComparer.Ordinal);
    private readonly Lock _slotLock = new();
    private FileStream? _slotHandle;
    private string? _root;
    private bool _disposed;

    /// <summary>Tasks read per catch-up batch and items per rebuild batch.</summary>
    public int BatchSize { get; set; } = configuration.GetValue("Search:BatchSize", 1000);

    /// <summary>This node's folder.</summary>
    public string Root
    {
        get
        {
            lock (_slotLock)
            {
                return _root ??= ClaimSlot();
            }
        }
    }

    public IReadOnlyCollection<IndexState> States => [.. _states.Values.OrderBy(s => s.Name, StringComparer.Ordinal)];

    public IndexState? Find(string name) => _states.GetValueOrDefault(name);

    /// <summary>Reads the definitions, opens the copies on disk, and starts rebuilds where a copy is missing or outdated.</summary>
    public async Task SyncAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<DbContext>();
        var records = await db.Set<SearchIndexRecord>().AsNoTracking().ToListAsync(cancellationToken);
        foreach (var record in records)
        {
            var state = _states.GetOrAdd(record.Name, n => new IndexState(n));
            state.Settings = SearchIndexSettings.FromJson(record.Settings);
            state.Version = record.Version;
            if (state.Active is null && !state.IsRebuilding)
            {
                await state.Gate.WaitAsync(cancellationToken);
                try
                {
                    state.Active ??= OpenNewestComplete(state);
                }
                finally
                {
                    state.Gate.Release();
                }
            }

            if ((state.Active is null || state.Active.Version != record.Version) && !state.IsRebuilding && time.GetUtcNow().UtcDateTime >= state.RetryAfterUtc)
            {
                StartRebuild(state);
            }
        }

        foreach (var removed in _states.Keys.Except(records.Select(r => r.Name)).ToList())
        {
            if (_states.TryRemove(removed, out var state) && !state.IsRebuilding)
            {
                state.Active?.Dispose();
                TryDelete(IndexFolder(removed));
            }
        }
    }

    /// <summary>Applies the IndexingTasks each active copy has not seen yet.</summary>
    public async Task CatchUpAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        foreach (var state in States)
        {
            await state.Gate.WaitAsync(cancellationToken);
            try
            {
                if (state.Active is { } index)
                {
                    await ApplyTasksAsync(services, state, index, await LastTaskIdAsync(services, cancellationToken), cancellationToken);
                    state.Lag = await services.GetRequiredService<DbContext>().Set<IndexingTask>().CountAsync(t => t.Id > index.Cursor, cancellationToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Fail(state, ex);
            }
            finally
            {
                state.Gate.Release();
            }
        }
    }

    /// <summary>Drops this node's copy at once (e.g. damaged files); the caller bumps the version so it is rebuilt.</summary>
    public async Task DropAsync(string name, CancellationToken cancellationToken)
    {
        if (Find(name) is not { } state)
        {
            return;
        }

        await state.Gate.WaitAsync(cancellationToken);
        try
        {
            var old = state.Active;
            state.Active = null;
            state.Lag = 0;
            RetireLater(old);
        }
        finally
        {
            state.Gate.Release();
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        foreach (var state in _states.Values)
        {
            try
            {
                state.RebuildTask?.Wait(TimeSpan.FromSeconds(5));
            }
            catch (AggregateException)
            {
                // Already recorded as the index's last error.
            }

            state.Active?.Dispose();
        }

        _slotHandle?.Dispose();
    }

    private void StartRebuild(IndexState state)
    {
        var progress = new RebuildProgress { StartedUtc = time.GetUtcNow().UtcDateTime, Version = state.Version };
        state.Rebuild = progress;
        state.RebuildTask = Task.Run(() => RebuildAsync(state, progress));
    }

    private async Task RebuildAsync(IndexState state, RebuildProgress progress)
    {
        LuceneIndex? fresh = null;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var scanner = services.GetRequiredService<IContentScanner>();
            var factory = services.GetRequiredService<SearchDocumentFactory>();
            var settings = state.Settings;

            // Every change committed after this point has a larger task id and is applied after the scan; changes the
            // scan already saw are applied again, which is harmless (a document is replaced by the item's current state).
            var start = await LastTaskIdAsync(services, CancellationToken.None);
            fresh = LuceneIndex.Create(Path.Combine(IndexFolder(state.Name), "g" + time.GetUtcNow().UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture)), settings.Analyzer, progress.Version, start);
            progress.Total = await scanner.CountAsync(settings.PublishedOnly, settings.ContentTypes, CancellationToken.None);
            // The next batch is read (and its JSON parsed) while the current one is analysed on every core; the writer
            // takes documents from several threads at once.
            var writer = fresh.Writer;
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount) };
            var page = await scanner.ScanAsync(settings.PublishedOnly, settings.ContentTypes, 0, BatchSize, CancellationToken.None);
            while (page.Items.Count > 0 && !_disposed)
            {
                var next = scanner.ScanAsync(settings.PublishedOnly, settings.ContentTypes, page.Position, BatchSize, CancellationToken.None);
                var current = page;
                await Task.Run(() => Parallel.ForEach(current.Items, parallel, item =>
                {
                    if (factory.Create(item, state.Name, settings) is { } document)
                    {
                        writer.AddDocument(document);
                    }
                }));
                Interlocked.Add(ref progress.Done, current.Items.Count);
                page = await next;
            }

            // Documents of other modules (ISearchDocumentSource) that this index holds; few next to the content items, so
            // they are not counted in the progress.
            foreach (var source in Sources(services).Where(s => settings.IncludesDocuments(s)))
            {
                var documents = await source.ScanAsync(0, BatchSize, CancellationToken.None);
                while (documents.Documents.Count > 0 && !_disposed)
                {
                    foreach (var document in documents.Documents)
                    {
                        if (SearchDocumentFactory.Create(document, source, settings) is { } built)
                        {
                            writer.AddDocument(built);
                        }
                    }

                    documents = await source.ScanAsync(documents.Position, BatchSize, CancellationToken.None);
                }
            }

            fresh.Commit(start, complete: false);
            // Both catch-ups stop at the newest task that existed when they began: while writes keep coming, chasing the
            // end of the table could go on for ever. What arrives later is applied by the regular catch-up after the swap.
            await ApplyTasksAsync(services, state, fresh, await LastTaskIdAsync(services, CancellationToken.None), CancellationToken.None);
            await state.Gate.WaitAsync(CancellationToken.None);
            try
            {
                await ApplyTasksAsync(services, state, fresh, await LastTaskIdAsync(services, CancellationToken.None), CancellationToken.None);
                fresh.Commit(fresh.Cursor, complete: true);
                var old = state.Active;
                state.Active = fresh;
                state.Lag = 0;
                fresh = null;
                RetireLater(old);
            }
            finally
            {
                state.Gate.Release();
            }

            progress.FinishedUtc = time.GetUtcNow().UtcDateTime;
            state.LastError = null;
            LogRebuilt(logger, state.Name, progress.Done, (progress.FinishedUtc.Value - progress.StartedUtc).TotalSeconds);
        }
        catch (Exception ex)
        {
            Fail(state, ex);
            state.RetryAfterUtc = time.GetUtcNow().UtcDateTime.AddSeconds(30);
            if (fresh is not null)
            {
                fresh.Dispose();
                TryDelete(fresh.Path);
            }
        }
    }

    private static async Task<long> LastTaskIdAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        await services.GetRequiredService<DbContext>().Set<IndexingTask>().MaxAsync(t => (long?)t.Id, cancellationToken) ?? 0;

    /// <summary>Applies the tasks after the index's cursor, up to and including <paramref name="upTo"/>.</summary>
    private async Task ApplyTasksAsync(IServiceProvider services, IndexState state, LuceneIndex index, long upTo, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<DbContext>();
        var scanner = services.GetRequiredService<IContentScanner>();
        var factory = services.GetRequiredService<SearchDocumentFactory>();
        var settings = state.Settings;
        while (index.Cursor < upTo)
        {
            var cursor = index.Cursor;
            var tasks = await db.Set<IndexingTask>().AsNoTracking().Where(t => t.Id > cursor && t.Id <= upTo).OrderBy(t => t.Id).Take(BatchSize)
                .Select(t => new { t.Id, t.ContentItemId }).ToListAsync(cancellationToken);
            if (tasks.Count == 0)
            {
                return;
            }

            var ids = tasks.Select(t => t.ContentItemId).Distinct(StringComparer.Ordinal).ToList();
            var contentIds = ids.Where(id => !SearchDocumentChanges.TryParse(id, out _, out _)).ToList();
            var items = (await scanner.GetManyAsync(contentIds, settings.PublishedOnly, cancellationToken)).ToDictionary(i => i.ContentItemId, StringComparer.Ordinal);
            foreach (var id in contentIds)
            {
                index.Put(id, items.TryGetValue(id, out var item) ? factory.Create(item, state.Name, settings) : null);
            }

            await ApplyDocumentsAsync(services, index, settings, ids.Except(contentIds, StringComparer.Ordinal).ToList(), cancellationToken);

            index.Commit(tasks[^1].Id);
        }
    }

    /// <summary>Puts the current state of changed source documents (keys "{source}:{id}"); unknown or switched-off sources' documents are removed.</summary>
    private static async Task ApplyDocumentsAsync(IServiceProvider services, LuceneIndex index, SearchIndexSettings settings, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return;
        }

        var sources = Sources(services).DistinctBy(s => s.Name, StringComparer.Ordinal).ToDictionary(s => s.Name, StringComparer.Ordinal);
        foreach (var group in keys.GroupBy(k => k[..k.IndexOf(SearchDocumentChanges.Separator, StringComparison.Ordinal)], StringComparer.Ordinal))
        {
            var found = new Dictionary<string, SearchDocument>(StringComparer.Ordinal);
            if (sources.TryGetValue(group.Key, out var source) && settings.IncludesDocuments(source))
            {
                var ids = group.Select(k => k[(group.Key.Length + 1)..]).ToList();
                foreach (var document in await source.GetManyAsync(ids, cancellationToken))
                {
                    found[SearchDocumentChanges.Key(source.Name, document.Id)] = document;
                }
            }

            foreach (var key in group)
            {
                index.Put(key, source is not null && found.TryGetValue(key, out var document) ? SearchDocumentFactory.Create(document, source, settings) : null);
            }
        }
    }

    /// <summary>The document sources of enabled features.</summary>
    private static IEnumerable<ISearchDocumentSource> Sources(IServiceProvider services)
    {
        var features = services.GetService<IFeatureChecker>();
        return services.GetServices<ISearchDocumentSource>()
            .Where(s => features is null || features.FeatureOf(s.GetType()) is not { } feature || features.IsEnabled(feature));
    }

    private LuceneIndex? OpenNewestComplete(IndexState state)
    {
        var folder = IndexFolder(state.Name);
        if (!System.IO.Directory.Exists(folder))
        {
            return null;
        }

        LuceneIndex? opened = null;
        foreach (var generation in System.IO.Directory.GetDirectories(folder).OrderByDescending(d => d, StringComparer.Ordinal))
        {
            if (opened is null)
            {
                opened = LuceneIndex.OpenCompleted(generation, state.Settings.Analyzer);
                if (opened is not null)
                {
                    continue;
                }
            }

            // Older generations and unfinished rebuilds (interrupted by a restart) are not needed any more.
            TryDelete(generation);
        }

        return opened;
    }

    // Searches that already hold the old copy finish before it is closed and its files deleted.
    private void RetireLater(LuceneIndex? old)
    {
        if (old is null)
        {
            return;
        }

        _ = Task.Run(async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(5), CancellationToken.None);
            old.Dispose();
            TryDelete(old.Path);
        });
    }

    private void Fail(IndexState state, Exception ex)
    {
        state.LastError = ex.GetType().Name + ": " + ex.Message;
        state.LastErrorUtc = time.GetUtcNow().UtcDateTime;
        LogFailed(logger, state.Name, ex);
    }

    private string IndexFolder(string name) => Path.Combine(Root, name);

    private string ClaimSlot()
    {
        var configured = configuration["Search:IndexPath"];
        var root = string.IsNullOrEmpty(configured)
            ? Path.Combine(environment.ContentRootPath, configuration["App:DataPath"] ?? "App_Data", "search")
            : Path.Combine(environment.ContentRootPath, configured);
        for (var slot = 0; slot < 64; slot++)
        {
            var folder = Path.Combine(root, "node-" + slot.ToString(System.Globalization.CultureInfo.InvariantCulture));
            System.IO.Directory.CreateDirectory(folder);
            try
            {
                // Held for the life of the process: a second node on the same disk takes the next slot.
                _slotHandle = new FileStream(Path.Combine(folder, "node.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                return folder;
            }
            catch (IOException)
            {
                // Taken by another node.
            }
        }

        throw new InvalidOperationException("Tidak ada folder indeks pencarian yang bebas: lebih dari 64 node memakai folder data yang sama.");
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (System.IO.Directory.Exists(path))
            {
                System.IO.Directory.Delete(path, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Deleted on the next start (only the newest complete generation is kept).
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index {Index} rebuilt: {Count} items in {Seconds:0.0} s")]
    private static partial void LogRebuilt(ILogger logger, string index, int count, double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Search index {Index} failed")]
    private static partial void LogFailed(ILogger logger, string index, Exception exception);
}
