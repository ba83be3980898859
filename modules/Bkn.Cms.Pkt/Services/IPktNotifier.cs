namespace Bkn.Cms.Pkt.Services;

/// <summary>A call as the display screens receive it.</summary>
public sealed record PktCallMessage(string Nomor, string Meja, string Loket, string Kalimat, DateTime WaktuUtc);

/// <summary>Tells the display screens what happened at the desks (SignalR in the module; a no-op is fine in tests).</summary>
public interface IPktNotifier
{
    Task CalledAsync(PktCallMessage call, CancellationToken cancellationToken);

    Task ChangedAsync(CancellationToken cancellationToken);

    /// <summary>The news, press releases or announcements of the running text changed.</summary>
    Task NewsAsync(CancellationToken cancellationToken);
}
