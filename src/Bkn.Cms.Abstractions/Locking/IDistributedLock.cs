namespace Bkn.Cms.Locking;

/// <summary>A named lock shared by every node (Redis when configured, else in-process for a single node).</summary>
public interface IDistributedLock
{
    /// <summary>Returns a handle to dispose when done, or null when another holder has it.</summary>
    Task<IAsyncDisposable?> TryAcquireAsync(string name, TimeSpan expiry, CancellationToken cancellationToken = default);
}
