using System.Net;
using System.Text.RegularExpressions;
using Bkn.Cms.Tests.Infrastructure;
using Bkn.Cms.WebService;
using Bkn.Cms.WebService.Models;
using Bkn.Cms.WebService.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Modules.WebService;

/// <summary>A BKN administrator creates an agency's client in the admin, hands over the secret, and sees its calls and alerts.</summary>
[Collection(WebServiceHost.Collection)]
public sealed partial class WebServiceAdminTests(WebServiceHost host)
{
    [Fact]
    public async Task An_administrator_creates_a_client_sees_the_secret_once_and_then_the_agencys_calls_and_alerts()
    {
        var browser = host.Factory.CreateBrowser();
        await browser.SignInAsAdminAsync();
        var name = "SIMPEG Jateng " + Guid.NewGuid().ToString("N")[..6];

        var created = await browser.PostFormAsync($"{WebServiceRoutes.Admin}/baru", $"{WebServiceRoutes.Admin}/baru", new()
        {
            ["instansi"] = WebServiceHost.AgencyA.Id.ToString(),
            ["lingkungan"] = "produksi",
            ["nama"] = name,
            ["cakupan"] = WsScopes.Pns,
            ["alamat"] = WebServiceHost.AgencyAddress,
            ["batasLaju"] = "100",
        });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Contains("no-store", created.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        var html = await created.Content.ReadAsStringAsync();
        var clientId = ClientIdRegex().Match(html).Groups[1].Value;
        var secret = SecretRegex().Match(html).Groups[1].Value;
        Assert.NotEmpty(clientId);
        Assert.NotEmpty(secret);

        var list = await browser.GetStringAsync(WebServiceRoutes.Admin);
        Assert.Contains(name, list, StringComparison.Ordinal);
        Assert.Contains(clientId, list, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, list, StringComparison.Ordinal);

        // The agency's system calls the API with it, once from its address and once from another.
        var agency = host.Client();
        var tokenResponse = await WebServiceHost.RequestTokenAsync(agency, clientId, secret);
        Assert.Equal(HttpStatusCode.OK, tokenResponse.StatusCode);
        var token = System.Text.Json.JsonDocument.Parse(await tokenResponse.Content.ReadAsStringAsync()).RootElement.GetProperty("access_token").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await WebServiceHost.GetAsync(agency, token, "/api/ws/v1/pns/198501012010011001")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await WebServiceHost.RequestTokenAsync(host.Client("192.0.2.99"), clientId, secret)).StatusCode);

        var usage = await browser.GetStringAsync($"{WebServiceRoutes.AdminUsage}?instansi={WebServiceHost.AgencyA.Code}");
        Assert.Contains("data-ws-chart=\"usage\"", usage, StringComparison.Ordinal);
        Assert.Matches("data-calls=\"[1-9][0-9]*\"", usage);
        var alerts = await browser.GetStringAsync(WebServiceRoutes.AdminAlerts);
        Assert.Contains("192.0.2.99", alerts, StringComparison.Ordinal);
        Assert.Contains(clientId, alerts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_address_list_is_refused_with_a_clear_message_and_nothing_is_saved()
    {
        var browser = host.Factory.CreateBrowser();
        await browser.SignInAsAdminAsync();
        var name = "Salah alamat " + Guid.NewGuid().ToString("N")[..6];

        var response = await browser.PostFormAsync($"{WebServiceRoutes.Admin}/baru", $"{WebServiceRoutes.Admin}/baru", new()
        {
            ["instansi"] = WebServiceHost.AgencyA.Id.ToString(),
            ["lingkungan"] = "pelatihan",
            ["nama"] = name,
            ["cakupan"] = WsScopes.Pns,
            ["alamat"] = "203.0.113.300\n10.0.0.0/33",
            ["batasLaju"] = "100",
        });

        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("\"203.0.113.300\" bukan alamat IP yang sah.", html, StringComparison.Ordinal);
        Assert.Contains("\"10.0.0.0/33\" bukan jaringan CIDR yang sah", html, StringComparison.Ordinal);
        await using var scope = host.Factory.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<DbContext>().Set<WsClient>().AnyAsync(c => c.DisplayName == name));
    }

    [Fact]
    public void The_p95_is_the_nearest_rank_percentile()
    {
        Assert.Equal(0, WsUsageReports.Percentile95([]));
        Assert.Equal(95, WsUsageReports.Percentile95([.. Enumerable.Range(1, 100).Select(i => (double)i).Reverse()]));
        Assert.Equal(7, WsUsageReports.Percentile95([7]));
    }

    [GeneratedRegex("id=\"client-id\">([^<]+)<")]
    private static partial Regex ClientIdRegex();

    [GeneratedRegex("id=\"client-secret\">([^<]+)<")]
    private static partial Regex SecretRegex();
}
