using System.Net;

namespace Bkn.Cms.WebService.Services;

/// <summary>
/// A client's address allow-list: single addresses (<c>203.0.113.7</c>) and CIDR networks (<c>203.0.113.0/24</c>, IPv4
/// or IPv6), one per line or separated by commas. An empty list allows nothing.
/// </summary>
public sealed class AddressAllowList
{
    private readonly IReadOnlyList<IPNetwork> _networks;

    private AddressAllowList(IReadOnlyList<IPNetwork> networks) => _networks = networks;

    public IReadOnlyList<IPNetwork> Networks => _networks;

    /// <summary>Reads a list; each entry that is not an address or network is reported in Indonesian.</summary>
    public static bool TryParse(string? text, out AddressAllowList list, out IReadOnlyList<string> errors)
    {
        var networks = new List<IPNetwork>();
        var problems = new List<string>();
        foreach (var entry in Split(text))
        {
            if (entry.Contains('/', StringComparison.Ordinal))
            {
                if (IPNetwork.TryParse(entry, out var network))
                {
                    networks.Add(network);
                }
                else
                {
                    problems.Add($"\"{entry}\" bukan jaringan CIDR yang sah (contoh: 203.0.113.0/24).");
                }
            }
            else if (IPAddress.TryParse(entry, out var address) && entry.Count(c => c == '.') is 0 or 3)
            {
                address = Normalize(address);
                networks.Add(new IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128));
            }
            else
            {
                problems.Add($"\"{entry}\" bukan alamat IP yang sah.");
            }
        }

        list = new AddressAllowList(networks);
        errors = problems;
        return problems.Count == 0;
    }

    /// <summary>Reads a stored list (validated when it was saved); anything unreadable is skipped, so it never widens the list.</summary>
    public static AddressAllowList Parse(string? text)
    {
        TryParse(text, out var list, out _);
        return list;
    }

    /// <summary>The canonical text of the list, one entry per line.</summary>
    public override string ToString() => string.Join('\n', _networks.Select(n =>
        n.PrefixLength == (n.BaseAddress.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128) ? n.BaseAddress.ToString() : n.ToString()));

    public bool Allows(IPAddress? address)
    {
        if (address is null)
        {
            return false;
        }

        address = Normalize(address);
        foreach (var network in _networks)
        {
            if (network.BaseAddress.AddressFamily == address.AddressFamily && network.Contains(address))
            {
                return true;
            }
        }

        return false;
    }

    private static IPAddress Normalize(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;

    private static IEnumerable<string> Split(string? text) =>
        (text ?? "").Split(['\n', '\r', ',', ';', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
