using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;

namespace Bkn.Cms.Helpdesk.Services;

/// <summary>
/// Limits what matters at CPNS peaks: accepted submissions, not refused posts. Per NIK (from the tickets themselves, so
/// every node agrees) and per client address with a higher ceiling, because many applicants share a mobile carrier's
/// address. A refusal says when the applicant may try again. Counted within a sliding hour.
/// </summary>
public sealed class SubmissionLimiter(IConfiguration configuration, TimeProvider time)
{
    public const string PerNikKey = "RateLimits:HelpdeskTicketsPerNikPerHour";
    public const string PerAddressKey = "RateLimits:HelpdeskTicketsPerAddressPerHour";
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, Queue<DateTime>> _accepted = new(StringComparer.Ordinal);

    public int PerNik => Math.Max(1, configuration.GetValue(PerNikKey, 5));

    public int PerAddress => Math.Max(1, configuration.GetValue(PerAddressKey, 60));

    /// <summary>When the address may submit again, or null when it may now (accepted tickets of the last hour, this node).</summary>
    public DateTime? AddressRetryUtc(string? address)
    {
        if (address is null || !_accepted.TryGetValue(address, out var queue))
        {
            return null;
        }

        var now = time.GetUtcNow().UtcDateTime;
        lock (queue)
        {
            while (queue.Count > 0 && queue.Peek() <= now - Window)
            {
                queue.Dequeue();
            }

            return queue.Count >= PerAddress ? queue.Peek() + Window : null;
        }
    }

    /// <summary>Counts an accepted submission from the address.</summary>
    public void Accepted(string? address)
    {
        if (address is null)
        {
            return;
        }

        var queue = _accepted.GetOrAdd(address, _ => new Queue<DateTime>());
        lock (queue)
        {
            queue.Enqueue(time.GetUtcNow().UtcDateTime);
        }

        // Forget quiet addresses now and then so the table does not grow with every address ever seen.
        if (_accepted.Count > 10_000)
        {
            var cutoff = time.GetUtcNow().UtcDateTime - Window;
            foreach (var (key, value) in _accepted)
            {
                lock (value)
                {
                    if (value.Count == 0 || value.Last() <= cutoff)
                    {
                        _accepted.TryRemove(key, out _);
                    }
                }
            }
        }
    }
}
