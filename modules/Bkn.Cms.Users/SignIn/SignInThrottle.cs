using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Bkn.Cms.Users.SignIn;

/// <summary>
/// Counts failed sign-ins per account and client address: five failures in a row from one address shut that address
/// out of that account for 15 minutes, while the owner (and everyone else) can still sign in from elsewhere. A lockout
/// per account alone would let anyone lock any known account by failing five times. Guessing stays bounded: five tries
/// per address per quarter hour, on top of the per-address rate limit of the sign-in endpoints. IPv6 clients are
/// counted per /64 network, so one host cannot rotate through its own addresses. Node-local: with several nodes each
/// counts on its own (docs/SECURITY.md).
/// </summary>
public sealed class SignInThrottle(TimeProvider time)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan LockoutPeriod = TimeSpan.FromMinutes(15);

    private const int PruneAbove = 50_000;

    private readonly ConcurrentDictionary<(string UserId, string Client), Entry> _entries = new();

    /// <summary>The key a client address is counted under (the /64 network of an IPv6 address).</summary>
    public static string ClientKey(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            return new IPAddress(bytes) + "/64";
        }

        return address.ToString();
    }

    public bool IsLockedOut(string userId, string client) =>
        _entries.TryGetValue((userId, client), out var entry) && entry.LockedUntil > time.GetUtcNow();

    /// <summary>True when some address is shut out of the account now (shown to user managers, who can lift it).</summary>
    public bool IsLockedOutAnywhere(string userId)
    {
        var now = time.GetUtcNow();
        return _entries.Any(e => e.Key.UserId == userId && e.Value.LockedUntil > now);
    }

    public void Failed(string userId, string client)
    {
        var now = time.GetUtcNow();
        _entries.AddOrUpdate(
            (userId, client),
            _ => new Entry(1, DateTimeOffset.MinValue, now),
            (_, entry) =>
            {
                // Failures long ago do not add up with new ones; a lockout that ran out starts a fresh count.
                var failures = entry.LastFailure + LockoutPeriod < now || (entry.LockedUntil != DateTimeOffset.MinValue && entry.LockedUntil <= now) ? 1 : entry.Failures + 1;
                return failures >= MaxFailures ? new Entry(0, now + LockoutPeriod, now) : new Entry(failures, entry.LockedUntil > now ? entry.LockedUntil : DateTimeOffset.MinValue, now);
            });
        if (_entries.Count > PruneAbove)
        {
            Prune(now);
        }
    }

    public void Succeeded(string userId, string client) => _entries.TryRemove((userId, client), out _);

    /// <summary>Lifts every lockout of the account ("Buka kunci").</summary>
    public void Reset(string userId)
    {
        foreach (var key in _entries.Keys.Where(k => k.UserId == userId))
        {
            _entries.TryRemove(key, out _);
        }
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, entry) in _entries)
        {
            if (entry.LockedUntil <= now && entry.LastFailure + LockoutPeriod < now)
            {
                _entries.TryRemove(key, out _);
            }
        }
    }

    private sealed record Entry(int Failures, DateTimeOffset LockedUntil, DateTimeOffset LastFailure);
}
