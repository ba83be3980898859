using System.Threading.RateLimiting;
using Microsoft.Extensions.Configuration;

namespace Bkn.Cms.Helpdesk.Services;

/// <summary>
/// Limits how often one user may search the queue by NIK (<c>RateLimits:HelpdeskNikSearchPerHour</c>, default 30), so
/// a NIK cannot be found by trying candidates one after another. Counted per node: a few nodes multiply the limit by
/// their number, still far below what probing needs.
/// </summary>
public sealed class NikSearchLimiter : IDisposable
{
    public const string PerHourKey = "RateLimits:HelpdeskNikSearchPerHour";

    private readonly PartitionedRateLimiter<string> _limiter;

    public NikSearchLimiter(IConfiguration configuration)
    {
        var permits = Math.Max(1, configuration.GetValue(PerHourKey, 30));
        _limiter = PartitionedRateLimiter.Create<string, string>(user => RateLimitPartition.GetFixedWindowLimiter(
            user,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromHours(1), QueueLimit = 0 }));
    }

    /// <summary>True when the user may search once more now (and counts the search).</summary>
    public bool TryAcquire(string userId)
    {
        using var lease = _limiter.AttemptAcquire(userId);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
