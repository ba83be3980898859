using Bkn.Cms.Background;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Fixtures;

public sealed class SampleBackgroundTask : IBackgroundTask
{
    public TimeSpan Interval => TimeSpan.FromMilliseconds(100);

    public Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        services.GetRequiredService<SampleCounter>().Increment();
        return Task.CompletedTask;
    }
}
