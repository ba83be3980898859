using StackExchange.Redis;

namespace Bkn.Cms.Locking;

/// <summary>Locks shared by all nodes through Redis: SET NX with expiry, released only by the holder.</summary>
public sealed class RedisDistributedLock(IConnectionMultiplexer redis) : IDistributedLock
{
    private const string ReleaseScript = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

    public async Task<IAsyncDisposable?> TryAcquireAsync(string name, TimeSpan expiry, CancellationToken cancellationToken = default)
    {
        var key = new RedisKey("bkn:lock:" + name);
        var token = Guid.NewGuid().ToString("N");
        var db = redis.GetDatabase();
        return await db.StringSetAsync(key, token, expiry, When.NotExists) ? new Releaser(db, key, token) : null;
    }

    private sealed class Releaser(IDatabase db, RedisKey key, string token) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() =>
            await db.ScriptEvaluateAsync(ReleaseScript, [key], [token]);
    }
}
