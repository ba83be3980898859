using Bkn.Cms.State;
using Bkn.Cms.WebService.Models;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.WebService.Services;

/// <summary>
/// This node's copy of the web service clients, for the gate in front of every API call: the call then costs no
/// database round trip for its client (allow-list, scopes, rate limit, revocation), only for the data it asks for.
/// <para>
/// Every change goes through <see cref="WsClientService"/>, which bumps the "ws-clients" stamp in its transaction; this
/// node reloads as the change commits, every other node at its next stamp poll (one second by default, at once when
/// Redis relays stamps). So a revocation refuses calls on the node that made it at once and on the other nodes within
/// the poll interval. A client the copy does not know yet (created on another node since the last poll) is read from
/// the database, so a new client is never refused for being new.
/// </para>
/// </summary>
public sealed class WsClientDirectory : IStampedCache
{
    public const string Stamp = "ws-clients";

    private volatile IReadOnlyDictionary<string, WsClientEntry>? _clients;

    public string StampName => Stamp;

    public async Task ReloadAsync(DbContext db, CancellationToken cancellationToken) => _clients = await LoadAsync(db, cancellationToken);

    /// <summary>The client with this OAuth2 client id, or null when there is none.</summary>
    public async ValueTask<WsClientEntry?> FindAsync(DbContext db, string clientId, CancellationToken cancellationToken)
    {
        var clients = _clients;
        if (clients is null)
        {
            clients = await LoadAsync(db, cancellationToken);
            _clients ??= clients;
        }

        if (clients.TryGetValue(clientId, out var entry))
        {
            return entry;
        }

        var row = await db.Set<WsClient>().AsNoTracking().FirstOrDefaultAsync(c => c.ClientId == clientId, cancellationToken);
        return row is null ? null : new WsClientEntry(row);
    }

    private static async Task<IReadOnlyDictionary<string, WsClientEntry>> LoadAsync(DbContext db, CancellationToken cancellationToken) =>
        (await db.Set<WsClient>().AsNoTracking().ToListAsync(cancellationToken))
            .ToDictionary(c => c.ClientId, c => new WsClientEntry(c), StringComparer.Ordinal);
}

/// <summary>A client as the gate checks it: the row (never changed after loading), its parsed allow-list and scopes.</summary>
public sealed class WsClientEntry(WsClient client)
{
    public WsClient Client { get; } = client;

    public AddressAllowList AllowList { get; } = AddressAllowList.Parse(client.AllowedAddresses);

    public IReadOnlySet<string> Scopes { get; } = client.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
}
