using System.Threading.RateLimiting;

namespace Bkn.Cms.WebService.Services;

/// <summary>
/// The per-client API rate limit: one ASP.NET token bucket per client (partitioned by client id and its configured
/// limit, so a changed limit takes effect at once). Per node: with several nodes each allows the limit.
/// </summary>
public sealed class WsRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<(string ClientId, int PerMinute)> _limiter = PartitionedRateLimiter.Create<(string ClientId, int PerMinute), (string, int)>(key =>
        RateLimitPartition.GetTokenBucketLimiter(key, k => new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, k.Item2),
            TokensPerPeriod = Math.Max(1, k.Item2),
            ReplenishmentPeriod = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    /// <summary>Takes one request from the client's bucket; false when the client has used its minute.</summary>
    public bool TryAcquire(string clientId, int perMinute)
    {
        using var lease = _limiter.AttemptAcquire((clientId, perMinute));
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
