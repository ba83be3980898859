namespace Bkn.Cms.Background;

/// <summary>
/// Periodic background work of a feature. The engine runs it every <see cref="Interval"/> in its own
/// scope, and skips it while the feature that registered it is disabled.
/// </summary>
public interface IBackgroundTask
{
    TimeSpan Interval { get; }

    Task RunAsync(IServiceProvider services, CancellationToken cancellationToken);
}
