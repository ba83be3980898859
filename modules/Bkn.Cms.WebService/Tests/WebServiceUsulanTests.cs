using System.Net;
using System.Text.Json;
using Bkn.Cms.WebService.Models;
using Bkn.Cms.WebService.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Modules.WebService;

/// <summary><c>GET /usulan/{nomor}</c>: the status of the own agency's proposals; anything else answers like an unknown number.</summary>
[Collection(WebServiceHost.Collection)]
public sealed class WebServiceUsulanTests(WebServiceHost host)
{
    [Fact]
    public async Task A_production_client_reads_its_own_proposal_and_another_agencys_answers_exactly_like_an_unknown_one()
    {
        var issued = await host.CreateClientAsync(WebServiceHost.AgencyA, WsEnvironment.Production);
        var client = host.Client();
        var token = await host.TokenAsync(issued, client);

        var own = await WebServiceHost.GetAsync(client, token, $"/api/ws/v1/usulan/{FakeProposals.OwnNumber}");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        using (var json = JsonDocument.Parse(await own.Content.ReadAsStringAsync()))
        {
            Assert.Equal(FakeProposals.OwnNumber, json.RootElement.GetProperty("nomor").GetString());
            Assert.Equal("PERTEK", json.RootElement.GetProperty("status").GetString());
            Assert.Equal("KP", json.RootElement.GetProperty("jenis").GetString());
            Assert.Equal("2017-04", json.RootElement.GetProperty("periode").GetString());
            Assert.Equal("PERTEK-KP-0001", json.RootElement.GetProperty("nomorPertek").GetString());
        }

        var other = await WebServiceHost.GetAsync(client, token, $"/api/ws/v1/usulan/{FakeProposals.OtherNumber}");
        var unknown = await WebServiceHost.GetAsync(client, token, "/api/ws/v1/usulan/KP-201704-FFFF9999");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(await unknown.Content.ReadAsStringAsync(), await other.Content.ReadAsStringAsync());
        Assert.Equal("application/problem+json", other.Content.Headers.ContentType?.MediaType);

        var malformed = await WebServiceHost.GetAsync(client, token, "/api/ws/v1/usulan/KP%20201704%3B1");
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Contains("nomor usulan", await malformed.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await host.Factory.Services.GetRequiredService<WsAuditWriter>().FlushAsync();
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var calls = await scope.ServiceProvider.GetRequiredService<DbContext>().Set<WsCall>().AsNoTracking().Where(c => c.ClientId == issued.Client.ClientId && c.Endpoint == "GET /api/ws/v1/usulan/{nomor}").ToListAsync();
        Assert.Equal([200, 400, 404, 404], calls.Select(c => c.Status).Order());
        Assert.DoesNotContain(calls, c => c.Endpoint.Contains("AAAA0001", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_training_client_gets_no_proposal_and_a_client_without_the_scope_is_refused()
    {
        var training = await host.CreateClientAsync(WebServiceHost.AgencyA, WsEnvironment.Training);
        var client = host.Client();
        var token = await host.TokenAsync(training, client);
        Assert.Equal(HttpStatusCode.NotFound, (await WebServiceHost.GetAsync(client, token, $"/api/ws/v1/usulan/{FakeProposals.OwnNumber}")).StatusCode);

        var pnsOnly = await host.CreateClientAsync(WebServiceHost.AgencyA, WsEnvironment.Production, scopes: WsScopes.Pns);
        var pnsToken = await host.TokenAsync(pnsOnly, client);
        Assert.Equal(HttpStatusCode.Forbidden, (await WebServiceHost.GetAsync(client, pnsToken, $"/api/ws/v1/usulan/{FakeProposals.OwnNumber}")).StatusCode);
    }
}
