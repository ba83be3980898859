using Bkn.Cms.State;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace Bkn.Cms.Hosting;

/// <summary>With Redis: tells other nodes at once that a stamp moved, instead of waiting for their next poll.</summary>
public sealed class RedisStampRelay(IConnectionMultiplexer redis, StateStamps stamps) : IHostedService
{
    private static readonly RedisChannel Channel = RedisChannel.Literal("bkn:stamps");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        stamps.Bumped += PublishAsync;
        await redis.GetSubscriber().SubscribeAsync(Channel, (_, _) => _ = stamps.SyncAsync(CancellationToken.None));
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        stamps.Bumped -= PublishAsync;
        await redis.GetSubscriber().UnsubscribeAsync(Channel);
    }

    private async Task PublishAsync(string name) => await redis.GetSubscriber().PublishAsync(Channel, name);
}
