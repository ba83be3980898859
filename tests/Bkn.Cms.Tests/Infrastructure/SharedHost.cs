namespace Bkn.Cms.Tests.Infrastructure;

/// <summary>One host shared by the tests of a class that do not change platform state.</summary>
public sealed class SharedHost : IAsyncLifetime
{
    public CmsFactory Factory { get; } = new();

    public Task InitializeAsync()
    {
        _ = Factory.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
