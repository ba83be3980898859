using Bkn.Cms.Pkt.Services;
using Microsoft.AspNetCore.SignalR;

namespace Bkn.Cms.Pkt.Hubs;

/// <summary>Sends calls and changes to every connected screen (across nodes through the Redis backplane when configured).</summary>
public sealed class SignalRPktNotifier(IHubContext<PktHub> hub) : IPktNotifier
{
    public Task CalledAsync(PktCallMessage call, CancellationToken cancellationToken) =>
        hub.Clients.All.SendAsync(PktHub.CalledMethod, call, cancellationToken);

    public Task ChangedAsync(CancellationToken cancellationToken) =>
        hub.Clients.All.SendAsync(PktHub.ChangedMethod, cancellationToken);

    public Task NewsAsync(CancellationToken cancellationToken) =>
        hub.Clients.All.SendAsync(PktHub.NewsMethod, cancellationToken);
}
