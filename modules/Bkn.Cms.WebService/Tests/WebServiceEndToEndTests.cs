using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Bkn.Cms.Agencies;
using Bkn.Cms.Tests.Infrastructure;
using Bkn.Cms.WebService.Models;
using Bkn.Cms.WebService.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Modules.WebService;

/// <summary>
/// The site as set up for real (the agencies' sample registry and synthetic records), served by Kestrel on a loopback
/// port; an agency's system uses a plain HttpClient: token with client credentials, one record, a full synchronisation
/// by cursor, a reference table. Every call is in the audit afterwards.
/// </summary>
public sealed class WebServiceEndToEndTests : IAsyncLifetime
{
    private readonly CmsFactory _factory = new();

    public Task InitializeAsync()
    {
        _factory.UseKestrel(0);
        _factory.StartServer();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task An_agency_system_synchronises_its_civil_servants_over_http_with_client_credentials()
    {
        WsIssuedSecret issued;
        string nip;
        int expected;
        List<string> ownNips;
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var agency = (await scope.ServiceProvider.GetRequiredService<IAgencyDirectory>().GetAsync()).FindByCode("PROV-33")!;
            var records = scope.ServiceProvider.GetRequiredService<IPersonnelRecords>();
            var own = new List<string>();
            await foreach (var r in records.StreamByAgencyAsync(agency.Id, PersonnelDataset.Production))
            {
                own.Add(r.Nip);
            }

            Assert.NotEmpty(own);
            (nip, expected, ownNips) = (own[0], own.Count, own);
            issued = await scope.ServiceProvider.GetRequiredService<WsClientService>().CreateAsync(
                new WsClientInput { AgencyId = agency.Id, Environment = WsEnvironment.Production, DisplayName = "SIMPEG Jawa Tengah", Scopes = WsScopes.All, AllowedAddresses = "127.0.0.1\n::1" },
                "admin",
                CancellationToken.None);
        }

        using var http = new HttpClient { BaseAddress = _factory.ClientOptions.BaseAddress };
        Assert.NotEqual(0, http.BaseAddress!.Port);

        var tokenResponse = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = issued.Client.ClientId,
            ["client_secret"] = issued.Secret,
            ["scope"] = $"{WsScopes.Pns} {WsScopes.Referensi}",
        }));
        Assert.Equal(HttpStatusCode.OK, tokenResponse.StatusCode);
        using var token = JsonDocument.Parse(await tokenResponse.Content.ReadAsStringAsync());
        Assert.Equal("Bearer", token.RootElement.GetProperty("token_type").GetString());
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.RootElement.GetProperty("access_token").GetString());

        using var one = JsonDocument.Parse(await http.GetStringAsync($"/api/ws/v1/pns/{nip}"));
        Assert.Equal(nip, one.RootElement.GetProperty("nip").GetString());

        var seen = new HashSet<string>();
        string? cursor = null;
        var calls = 0;
        do
        {
            using var page = JsonDocument.Parse(await http.GetStringAsync("/api/ws/v1/pns?limit=500" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor))));
            foreach (var row in page.RootElement.GetProperty("data").EnumerateArray())
            {
                Assert.True(seen.Add(row.GetProperty("nip").GetString()!));
            }

            cursor = page.RootElement.GetProperty("nextCursor").GetString();
            calls++;
        }
        while (cursor is not null && calls < 100);
        // Every record the agency has is synchronised (the feed may hold a few more than the stream reads).
        Assert.All(ownNips, n => Assert.Contains(n, seen));
        Assert.True(seen.Count >= expected);

        var unor = await http.GetAsync("/api/ws/v1/referensi/unor");
        Assert.Equal(HttpStatusCode.OK, unor.StatusCode);
        Assert.NotNull(unor.Headers.ETag);

        await _factory.Services.GetRequiredService<WsAuditWriter>().FlushAsync();
        await using var check = _factory.Services.CreateAsyncScope();
        var audited = await check.ServiceProvider.GetRequiredService<DbContext>().Set<WsCall>().AsNoTracking().Where(c => c.ClientId == issued.Client.ClientId).ToListAsync();
        Assert.Equal(calls + 3, audited.Count);
        Assert.Equal(seen.Count + 1, audited.Where(c => c.Endpoint.StartsWith("GET /api/ws/v1/pns", StringComparison.Ordinal)).Sum(c => c.Records));
    }
}
