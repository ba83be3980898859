using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Bkn.Cms.WebService.Services;

/// <summary>
/// The per-client API rate limit (requests per minute, as the client's settings say).
/// <para>
/// With Redis configured (<c>Redis:Configuration</c>, the connection the host opens for data protection, the output
/// cache and the SignalR backplane) every node counts in Redis, so N nodes share one limit: a sliding window of one
/// minute, estimated from two fixed one-minute counters (this minute's count plus the previous minute's count weighted
/// by the part of it still inside the window), checked and incremented by one Lua script, so the check and the count
/// are atomic across nodes and a refused call is not counted. Each counter expires two minutes after its last use.
/// </para>
/// <para>
/// Without Redis, or while Redis does not answer, each node uses its own in-process token bucket per client (so
/// behind N nodes a client may then reach up to N times its limit).
/// </para>
/// </summary>
public sealed partial class WsRateLimiter : IDisposable
{
    /// <summary>Prefix of the Redis counters; the client id is a hash tag so both counters of a client share a slot.</summary>
    public const string RedisPrefix = "bkn:ws:rate:";

    private const string Script = """
        local limit = tonumber(ARGV[1])
        local weight = tonumber(ARGV[2])
        local current = tonumber(redis.call('GET', KEYS[1]) or '0')
        local previous = tonumber(redis.call('GET', KEYS[2]) or '0')
        if previous * weight + current + 1 > limit then
          return 0
        end
        redis.call('INCR', KEYS[1])
        redis.call('PEXPIRE', KEYS[1], ARGV[3])
        return 1
        """;

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly IConnectionMultiplexer? _redis;
    private readonly TimeProvider _clock;
    private readonly ILogger<WsRateLimiter> _logger;
    private long _redisFailedLoggedTicks;

    private readonly PartitionedRateLimiter<(string ClientId, int PerMinute)> _local = PartitionedRateLimiter.Create<(string ClientId, int PerMinute), (string, int)>(key =>
        RateLimitPartition.GetTokenBucketLimiter(key, k => new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, k.Item2),
            TokensPerPeriod = Math.Max(1, k.Item2),
            ReplenishmentPeriod = Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    public WsRateLimiter(IConnectionMultiplexer? redis, TimeProvider clock, ILogger<WsRateLimiter> logger)
    {
        _redis = redis;
        _clock = clock;
        _logger = logger;
    }

    /// <summary>True when the limit is shared by every node (counted in Redis).</summary>
    public bool IsShared => _redis is not null;

    /// <summary>Takes one request from the client's minute; false when the client has used it.</summary>
    public async ValueTask<bool> TryAcquireAsync(string clientId, int perMinute)
    {
        if (_redis is not null)
        {
            try
            {
                return await TryAcquireSharedAsync(_redis, clientId, Math.Max(1, perMinute));
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                // Redis is briefly away: fall back to this node's limit rather than refusing or letting everything in.
                var now = Environment.TickCount64;
                var last = Interlocked.Read(ref _redisFailedLoggedTicks);
                if (now - last > 60_000 && Interlocked.CompareExchange(ref _redisFailedLoggedTicks, now, last) == last)
                {
                    LogRedisFailed(_logger, exception.GetType().Name);
                }
            }
        }

        using var lease = _local.AttemptAcquire((clientId, perMinute));
        return lease.IsAcquired;
    }

    private async Task<bool> TryAcquireSharedAsync(IConnectionMultiplexer redis, string clientId, int perMinute)
    {
        var now = _clock.GetUtcNow().ToUnixTimeMilliseconds();
        var window = (long)Window.TotalMilliseconds;
        var minute = now / window;

        // The share of the previous minute still inside the sliding window that ends now.
        var weight = 1 - (double)(now % window) / window;
        var keys = new RedisKey[] { $"{RedisPrefix}{{{clientId}}}:{minute}", $"{RedisPrefix}{{{clientId}}}:{minute - 1}" };
        var values = new RedisValue[] { perMinute, weight.ToString("R", CultureInfo.InvariantCulture), 2 * window };
        var result = await redis.GetDatabase().ScriptEvaluateAsync(Script, keys, values);
        return (long)result == 1;
    }

    public void Dispose() => _local.Dispose();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Web service rate limit: Redis did not answer ({ErrorType}); this node counts on its own until it does")]
    private static partial void LogRedisFailed(ILogger logger, string errorType);
}
