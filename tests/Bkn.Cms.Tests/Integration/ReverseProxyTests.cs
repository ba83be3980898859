using System.Net;
using Bkn.Cms.Hosting;
using Bkn.Cms.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Integration;

/// <summary>Behind a reverse proxy the per-address rate limits count each applicant, not the proxy.</summary>
public sealed class ReverseProxyTests
{
    private const string ProxyAddress = "10.0.0.5";

    [Fact]
    public async Task Behind_a_known_proxy_each_applicant_has_their_own_status_check_limit()
    {
        await using var factory = Factory(knownProxy: ProxyAddress);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], await CheckStatusAsync(factory, "203.0.113.7", times: 3));

        // Another applicant behind the same proxy is not throttled by the first one's checks.
        Assert.Equal([HttpStatusCode.OK], await CheckStatusAsync(factory, "203.0.113.8", times: 1));
    }

    [Fact]
    public async Task A_forwarded_address_from_anyone_but_the_known_proxy_is_ignored()
    {
        // The requests come from 10.0.0.5, but only 10.0.0.9 is trusted: changing the header does not escape the limit.
        await using var factory = Factory(knownProxy: "10.0.0.9");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], await CheckStatusAsync(factory, "203.0.113.7", times: 2));
        Assert.Equal([HttpStatusCode.TooManyRequests], await CheckStatusAsync(factory, "203.0.113.8", times: 1));
    }

    [Fact]
    public void A_proxy_setting_that_is_not_an_address_stops_the_start_with_its_key()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ReverseProxy.Options(Configuration(new() { [ReverseProxy.KnownProxiesKey] = "10.0.0.5, 10.0.0.300" })));
        Assert.Contains("Proxy:KnownProxies", error.Message, StringComparison.Ordinal);
        Assert.Contains("10.0.0.300", error.Message, StringComparison.Ordinal);

        Assert.Throws<InvalidOperationException>(() => ReverseProxy.Options(Configuration(new() { [ReverseProxy.KnownNetworksKey] = "10.0.0.0/33" })));
        Assert.Null(ReverseProxy.Options(Configuration([])));

        var options = ReverseProxy.Options(Configuration(new() { [ReverseProxy.KnownProxiesKey] = "10.0.0.5,10.0.0.6", [ReverseProxy.KnownNetworksKey + ":0"] = "172.16.0.0/12" }))!;
        Assert.Equal(["10.0.0.5", "10.0.0.6"], options.KnownProxies.Select(a => a.ToString()));
        Assert.Equal("172.16.0.0/12", Assert.Single(options.KnownIPNetworks).ToString());
    }

    private static CmsFactory Factory(string knownProxy) => new(
        settings: new() { [ReverseProxy.KnownProxiesKey] = knownProxy, ["RateLimits:HelpdeskStatusPerMinute"] = "2" },
        services: services => services.AddSingleton<IStartupFilter>(new FromAddress(IPAddress.Parse(ProxyAddress))));

    private static async Task<List<HttpStatusCode>> CheckStatusAsync(CmsFactory factory, string forwardedFor, int times)
    {
        var browser = factory.CreateBrowser();
        browser.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < times; i++)
        {
            codes.Add((await browser.PostFormAsync("/helpdesk/status", "/helpdesk/status", new() { ["nomor"] = "HD-2026-000001", ["nik"] = "3201011203990001" })).StatusCode);
        }

        return codes;
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) => new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    /// <summary>The test server has no remote address; this makes every request arrive from the proxy's.</summary>
    private sealed class FromAddress(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
