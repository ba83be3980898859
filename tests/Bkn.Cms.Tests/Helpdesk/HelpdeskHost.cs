using Bkn.Cms.Tests.Infrastructure;

namespace Bkn.Cms.Tests.Helpdesk;

/// <summary>One site shared by the helpdesk tests of a class, with rate limits out of the way.</summary>
public sealed class HelpdeskHost : IAsyncLifetime
{
    public CmsFactory Factory { get; } = new(settings: new()
    {
        ["RateLimits:HelpdeskSubmitPerMinute"] = "100000", ["RateLimits:HelpdeskTicketsPerNikPerHour"] = "100000", ["RateLimits:HelpdeskTicketsPerAddressPerHour"] = "100000",
        ["RateLimits:HelpdeskStatusPerMinute"] = "100000",
    });

    public Task InitializeAsync()
    {
        _ = Factory.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
