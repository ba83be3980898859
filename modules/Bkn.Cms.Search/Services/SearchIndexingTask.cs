using Bkn.Cms.Background;
using Bkn.Cms.Search.Indexing;

namespace Bkn.Cms.Search.Services;

/// <summary>Every second: picks up definition changes (starting rebuilds) and applies new IndexingTasks to this node's copies.</summary>
public sealed class SearchIndexingTask(SearchIndexManager manager) : IBackgroundTask
{
    public TimeSpan Interval => TimeSpan.FromSeconds(1);

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await manager.SyncAsync(services, cancellationToken);
        await manager.CatchUpAsync(services, cancellationToken);
    }
}
