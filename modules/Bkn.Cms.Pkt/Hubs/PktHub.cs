using Microsoft.AspNetCore.SignalR;

namespace Bkn.Cms.Pkt.Hubs;

/// <summary>
/// The display screens' live channel (<c>/pkt/hub</c>). Screens only listen: the server sends "dipanggil" (a call,
/// with the sentence to speak) and "berubah" (refresh the board) and "berita" (the news of the running text changed). Anonymous, like the screen itself; it carries
/// ticket numbers and desks only, never personal data.
/// </summary>
public sealed class PktHub : Hub
{
    public const string Path = "/pkt/hub";

    public const string CalledMethod = "dipanggil";

    public const string ChangedMethod = "berubah";

    /// <summary>The running text's news changed (published, unpublished or removed): reload the board.</summary>
    public const string NewsMethod = "berita";
}
