using System.Collections.Concurrent;
using Bkn.Cms.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bkn.Cms.State;

/// <summary>
/// Keeps this node's caches in step with the database. Writers bump a stamp inside their transaction;
/// <see cref="SyncAsync"/> (called after local commits, by the poller every second, and on a Redis
/// message when Redis is configured) reloads every cache whose stamp moved.
/// </summary>
public sealed partial class StateStamps(IServiceScopeFactory scopeFactory, IEnumerable<IStampedCache> caches, ILogger<StateStamps> logger) : IStateStamps
{
    private readonly ConcurrentDictionary<IStampedCache, long> _loaded = new();
    private readonly SemaphoreSlim _syncLock = new(1, 1);
    private readonly IReadOnlyList<IStampedCache> _caches = [.. caches];

    /// <summary>Raised after a local commit bumped a stamp, so other nodes can be told at once (Redis).</summary>
    public event Func<string, Task>? Bumped;

    /// <summary>Increments a stamp in the caller's transaction. Call <see cref="CommittedAsync"/> after commit.</summary>
    public static Task BumpAsync(CmsDbContext db, string name, CancellationToken cancellationToken) =>
        Stamps.BumpAsync(db, name, cancellationToken);

    /// <summary>
    /// Increments a stamp as the caller's transaction commits (<see cref="StampCommitParticipant"/>; at once when there
    /// is no transaction). Handlers that run in the middle of someone else's transaction use this: a stamp row bumped
    /// there stays locked until the commit, which serialises unrelated saves on PostgreSQL and, held ahead of row locks
    /// taken later, can deadlock two of them.
    /// </summary>
    public static Task BumpOnCommitAsync(CmsDbContext db, string name, CancellationToken cancellationToken) =>
        Stamps.BumpOnCommitAsync(db, name, cancellationToken);

    /// <summary>Ends a unit of work that changed cached state: bumps the stamp, commits, then reloads here and tells other nodes.</summary>
    public async Task CommitAsync(CmsDbContext db, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, string name, CancellationToken cancellationToken)
    {
        await BumpAsync(db, name, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await CommittedAsync(cancellationToken);
    }

    Task IStateStamps.CommitAsync(ICmsDbContext db, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, string name, CancellationToken cancellationToken) =>
        CommitAsync((CmsDbContext)db.Context, transaction, name, cancellationToken);

    /// <summary>After a commit that bumped stamps: reload here and tell other nodes.</summary>
    public async Task CommittedAsync(CancellationToken cancellationToken)
    {
        await SyncAsync(cancellationToken);
        if (Bumped is { } handler)
        {
            await handler("sync");
        }
    }

    /// <summary>Reads every stamp and reloads the caches whose version changed.</summary>
    public async Task SyncAsync(CancellationToken cancellationToken)
    {
        await _syncLock.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            var stamps = await db.StateStamps.AsNoTracking().ToDictionaryAsync(s => s.Name, s => s.Version, cancellationToken);
            foreach (var cache in _caches)
            {
                var current = stamps.GetValueOrDefault(cache.StampName);
                if (_loaded.TryGetValue(cache, out var seen) && seen == current)
                {
                    continue;
                }

                await cache.ReloadAsync(db, cancellationToken);
                _loaded[cache] = current;
                LogReloaded(logger, cache.StampName, current);
            }
        }
        finally
        {
            _syncLock.Release();
        }
    }

    /// <summary>Reloads every cache from the database, e.g. after a rolled-back unit of work touched them.</summary>
    public async Task ReloadAllAsync(CancellationToken cancellationToken)
    {
        _loaded.Clear();
        await SyncAsync(cancellationToken);
    }

    /// <summary>Creates the stamp rows that do not exist yet.</summary>
    public static async Task EnsureCreatedAsync(CmsDbContext db, CancellationToken cancellationToken)
    {
        var existing = await db.StateStamps.Select(s => s.Name).ToListAsync(cancellationToken);
        foreach (var name in StampNames.All.Except(existing))
        {
            db.StateStamps.Add(new StateStampRecord { Name = name, Version = 1 });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Cache {Stamp} reloaded at version {Version}")]
    private static partial void LogReloaded(ILogger logger, string stamp, long version);
}
