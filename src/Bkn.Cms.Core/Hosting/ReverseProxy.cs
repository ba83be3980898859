using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;

namespace Bkn.Cms.Hosting;

/// <summary>
/// Behind a reverse proxy (nginx, a load balancer) every request arrives from the proxy's address, so the per-address
/// rate limits (sign-in, helpdesk submissions and status checks) would throttle all visitors together. With the proxy's
/// addresses in <c>Proxy:KnownProxies</c> and/or <c>Proxy:KnownNetworks</c>, the client's address and scheme are taken
/// from <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> — only on requests that come from those addresses, so no
/// one else can pick their own address with the header. Without either key the headers are ignored.
/// </summary>
public static class ReverseProxy
{
    public const string KnownProxiesKey = "Proxy:KnownProxies";
    public const string KnownNetworksKey = "Proxy:KnownNetworks";

    /// <summary>
    /// The forwarded-headers options of the configuration, or null when no proxy is configured. Throws with the key and the
    /// value when an address or network cannot be read, so a typo stops the start instead of trusting nobody (or everybody).
    /// </summary>
    public static ForwardedHeadersOptions? Options(IConfiguration configuration)
    {
        var proxies = Values(configuration, KnownProxiesKey);
        var networks = Values(configuration, KnownNetworksKey);
        if (proxies.Count == 0 && networks.Count == 0)
        {
            return null;
        }

        // No hop limit: the chain is followed back while each hop is a known proxy and stops at the first that is not.
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto, ForwardLimit = null };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var value in proxies)
        {
            options.KnownProxies.Add(IPAddress.TryParse(value, out var address) ? address : throw Invalid(KnownProxiesKey, value, "alamat IP"));
        }

        foreach (var value in networks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(value, out var network) ? network : throw Invalid(KnownNetworksKey, value, "jaringan CIDR (mis. 10.0.0.0/8)"));
        }

        return options;
    }

    /// <summary>A list from configuration: an array section, or one value with commas (handy in environment variables).</summary>
    private static List<string> Values(IConfiguration configuration, string key)
    {
        var section = configuration.GetSection(key);
        var raw = section.Value is { } single ? single.Split(',') : section.GetChildren().Select(c => c.Value ?? "");
        return [.. raw.Select(v => v.Trim()).Where(v => v.Length > 0)];
    }

    private static InvalidOperationException Invalid(string key, string value, string expected) =>
        new($"Konfigurasi {key} berisi '{value}', yang bukan {expected}.");
}
