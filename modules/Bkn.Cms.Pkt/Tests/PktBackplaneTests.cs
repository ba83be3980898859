using Bkn.Cms.Pkt.Hubs;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Bkn.Cms.Tests.Modules.Pkt;

/// <summary>The display hub uses the Redis backplane exactly when the host has a Redis connection (Redis:Configuration).</summary>
public sealed class PktBackplaneTests
{
    private static ServiceCollection Services()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddSignalR();
        new Bkn.Cms.Pkt.Startup().ConfigureServices(services);
        return services;
    }

    [Fact]
    public void Without_Redis_the_hub_stays_on_this_node()
    {
        using var provider = Services().BuildServiceProvider();

        Assert.IsType<DefaultHubLifetimeManager<PktHub>>(provider.GetRequiredService<HubLifetimeManager<PktHub>>());
    }

    [Fact]
    public async Task With_Redis_every_node_uses_the_Redis_backplane_for_the_display_hub()
    {
        var redis = Environment.GetEnvironmentVariable("BKN_TEST_REDIS");
        if (string.IsNullOrEmpty(redis))
        {
            return; // Redis is not available in this run (tests/run.sh starts it and sets BKN_TEST_REDIS).
        }

        var options = ConfigurationOptions.Parse(redis);
        options.AbortOnConnectFail = false;
        await using var multiplexer = await ConnectionMultiplexer.ConnectAsync(options);
        var one = Services();
        one.AddSingleton<IConnectionMultiplexer>(multiplexer);
        var two = Services();
        two.AddSingleton<IConnectionMultiplexer>(multiplexer);
        await using var console = one.BuildServiceProvider();
        await using var screen = two.BuildServiceProvider();

        var sender = console.GetRequiredService<HubLifetimeManager<PktHub>>();
        var receiver = screen.GetRequiredService<HubLifetimeManager<PktHub>>();

        Assert.Equal("RedisHubLifetimeManager`1", sender.GetType().Name);
        Assert.Equal("RedisHubLifetimeManager`1", receiver.GetType().Name);
    }
}
