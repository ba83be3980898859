using System.Net;
using System.Text.Json;
using Bkn.Cms.Tests.Infrastructure;
using Bkn.Cms.WebService;
using Bkn.Cms.WebService.Api;
using Bkn.Cms.WebService.Models;
using Bkn.Cms.WebService.Services;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OpenIddict.Validation;

namespace Bkn.Cms.Tests.Modules.WebService;

/// <summary>The token endpoint and the personnel API as an agency's system uses them, with every refusal.</summary>
[Collection(WebServiceHost.Collection)]
public sealed class WebServiceApiTests(WebServiceHost host)
{
    private const string OwnNip = "198501012010011001";
    private const string OtherAgencyNip = "197501012000011001";
    private const string TrainingNip = "199001012015011001";

    [Fact]
    public async Task A_production_client_gets_a_token_and_reads_a_civil_servant_of_its_own_agency_and_the_call_is_audited()
    {
        var issued = await host.CreateClientAsync(WebServiceHost.AgencyA, WsEnvironment.Production);
        var client = host.Client();
        var token = await host.TokenAsync(issued, client);

        var response = await WebServiceHost.GetAsync(client, token, $"/api/ws/v1/pns/{OwnNip}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(OwnNip, json.RootElement.GetProperty("nip").GetString());
        Assert.Equal("Budi Santoso", json.RootElement.GetProperty("nama").GetString());
        Assert.Equal("Penata Muda", json.RootElement.GetProperty("pangkat").GetString());

        var calls = await CallsAsync(issued.Client.ClientId);
        Assert.Contains(calls, c => c.Endpoint == "POST /connect/token" && c.Status == 200);
        var call = Assert.Single(calls, c => c.Endpoint == "GET /api/ws/v1/pns/{nip}");
        Assert.Equal((200, 1, WebServiceHost.AgencyA.Id, WebServiceHost.AgencyAddress), (call.Status, call.Records, call.AgencyId!.Value, call.Address));
        Assert.DoesNotContain(calls, c => c.Endpoint.Contains(OwnNip, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Another_agencys_nip_answers_exactly_like_an_unknown_nip_and_a_malformed_nip_is_refused()
    {
        var issued = await host.CreateClientAsync(WebServiceHost.AgencyA, WsEnvironment.Production);
        var client = host.Client();
        var token = await host.TokenAsync(issued, client);

        var other = await WebServiceHost.GetAsync(client, token, $"/api/ws/v1/pns/{OtherAgencyNip}");
        var unknown = await WebServiceHost.GetAsync(client, token, "/api/ws/v1/pns/198501012010011999");
        var malformed = await WebServiceHost.GetAsync(client, token, "/api/ws/v1/pns/198513012010011001");

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(await unknown.Content.ReadAsStringAsync(), await other.Content.ReadAsStringAsync());
        Assert.Equal("application/problem+json", other.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal("application/problem+json", malformed.Content.Headers.ContentType?.MediaType);
        Assert.Contains("tanggal lahir", await malformed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_training_token_reads_only_the_training_records()
    {
        var issued = await host.CreateClientAsync(WebServiceHost.AgencyA, WsEnvironment.Training);
        var client = host.Client();
        var token = await host.TokenAsync(issued, client);

        Assert.Equal(HttpStatusCode.NotFound, (await WebServiceHost.GetAsync(client, token, $"/api/ws/v1/pns/{OwnNip}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await WebServiceHost.GetAsync(client, token, $"/api/ws/v1/pns/{TrainingNip}")).StatusCode);
        var page = JsonDocument.Parse(await (await WebServiceHost.GetAsync(client, token, "/api/ws/v1/pns")).Content.ReadAsStringAsync());
        Assert.Equal(3, page.RootElement.GetProperty("data").GetArrayLength());
    }

    [Fact]
    public async Task A_wrong_secret_no_token_and_a_forged_token_are_refused_with_401()
    {
        var issued = await host.CreateClientAsync(WebServiceHost.AgencyA, WsEnvironment.Production);
        var client = host.Client();

        var wrong = await WebServiceHost.RequestTokenAsync(client, issued.Client.ClientId, issued.Secret + "x");
        var none = await client.GetAsync($"/api/ws/v1/pns/{OwnNip}");
        var forged = await WebServiceHost.GetAsync(client, "bukan-token", $"/api/ws/v1/pns/{OwnNip}");

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Contains("invalid_client", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal("application/problem+json", forged.Content.Headers.ContentType?.MediaType);
        Assert.Contains(await CallsAsync(issued.Client.ClientId), c => c.Status == 401 && c.Refusal == WsRefusals.Secret);
    }

    [Fact]
    public async Task A_revoked_client_gets_no_token_and_its_earlier_token_stops_working()
    {
        var issued = await host.CreateClientAsync(WebServiceHost.AgencyA, WsEnvironment.Production);
        var client = host.Client();
        var token = await host.TokenAsync(issued, client);

        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<WsClientService>().RevokeAsync(issued.Client.Id, "admin", CancellationToken.None);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await WebServiceHost.RequestTokenAsync(client, issued.Client.ClientId, issued.Secret)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await WebServiceHost.GetAsync(client, token, $"/api/ws/v1/pns/{OwnNip}")).StatusCode);
        Assert.Contains(await CallsAsync(issued.Client.ClientId), c => c.Refusal == WsRefusals.Revoked && c.Endpoint.StartsWith("GET", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_expired_token_is_refused()
    {
        var issued = await host.CreateClientAsync(WebServiceHost.AgencyA, WsEnvironment.Production);
        var client = host.Client();
        var token = await host.TokenAsync(issued, client);
        var options = host.Factory.Services.GetRequiredService<IOptionsMonitor<OpenIddictValidationOptions>>().CurrentValue;
        var original = options.TimeProvider;
        try
        {
            options.TimeProvider = new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(2));
            var response = await WebServiceHost.GetAsync(client, token, $"/api/ws/v1/pns/{OwnNip}");
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
        finally
        {
            options.TimeProvider = original;
        }

        Assert.Equal(HttpStatusCode.OK, (await WebServiceHost.GetAsync(client, token, $"/api/ws/v1/pns/{OwnNip}")).StatusCode);
    }

    [Fact]
    public async Task A_refused_address_gets_403_on_the_token_endpoint_and_the_api_and_raises_an_alert()
    {
        var issued = await host.CreateClientAsync(WebServiceHost.AgencyA, WsEnvironment.Production, addresses: "203.0.113.0/24\n198.51.100.10");
        var token = await host.TokenAsync(issued, host.Client("203.0.113.7"));
        var stranger = host.Client("192.0.2.44");

        var tokenResponse = await WebServiceHost.RequestTokenAsync(stranger, issued.Client.ClientId, issued.Secret);
        var apiResponse = await WebServiceHost.GetAsync(stranger, token, $"/api/ws/v1/pns/{OwnNip}");

        Assert.Equal(HttpStatusCode.Forbidden, tokenResponse.StatusCode);
        Assert.Equal("application/problem+json", tokenResponse.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("access_token", await tokenResponse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, apiResponse.StatusCode);
        Assert.Equal("application/problem+json", apiResponse.Content.Headers.ContentType?.MediaType);
        var alerts = (await CallsAsync(issued.Client.ClientId)).Where(c => c.Refusal == WsRefusals.Address).ToList();
        Assert.Equal(2, alerts.Count);
        Assert.All(alerts, a => Assert.Equal("192.0.2.44", a.Address));
    }

    [Fact]
    public async Task Behind_the_known_proxy_the_forwarded_address_counts_and_from_an_unknown_proxy_it_does_not()
    {
        var issued = await host.CreateClientAsync(WebServiceHost.AgencyA, WsEnvironment.Production, addresses: "203.0.113.7");

        var viaKnown = host.Client(WebServiceHost.KnownProxy, forwardedFor: "203.0.113.7");
        var token = await host.TokenAsync(issued, viaKnown);
        Assert.Equal(HttpStatusCode.OK, (await WebServiceHost.GetAsync(viaKnown, token, $"/api/ws/v1/pns/{OwnNip}")).StatusCode);

        var viaUnknown = host.Client("10.0.0.9", forwardedFor: "203.0.113.7");
        Assert.Equal(HttpStatusCode.Forbidden, (await WebServiceHost.RequestTokenAsync(viaUnknown, issued.Client.ClientId, issued.Secret)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await WebServiceHost.GetAsync(viaUnknown, token, $"/api/ws/v1/pns/{OwnNip}")).StatusCode);

        // The proxy itself is not the agency.
        Assert.Equal(HttpStatusCode.Forbidden, (await WebServiceHost.GetAsync(host.Client(WebServiceHost.KnownProxy), token, $"/api/ws/v1/pns/{OwnNip}")).StatusCode);
    }

    [Fact]
    public async Task Changes_are_paged_with_an_opaque_cursor_and_etags_and_bad_paging_input_is_refused()
    {
        var issued = await host.CreateClientAsync(WebServiceHost.AgencyA, WsEnvironment.Production);
        var client = host.Client();
        var token = await host.TokenAsync(issued, client);

        var nips = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var response = await WebServiceHost.GetAsync(client, token, "/api/ws/v1/pns?limit=2" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            nips.AddRange(json.RootElement.GetProperty("data").EnumerateArray().Select(e => e.GetProperty("nip").GetString()!));
            cursor = json.RootElement.GetProperty("nextCursor").GetString();
            pages++;
        }
        while (cursor is not null && pages < 10);

        var expected = host.Personnel.Records.Where(r => r.AgencyId == WebServiceHost.AgencyA.Id && r.Dataset == Bkn.Cms.Agencies.PersonnelDataset.Production)
            .OrderBy(r => r.UpdatedUtc).ThenBy(r => r.Nip, StringComparer.Ordinal).Select(r => r.Nip).ToList();
        Assert.Equal(expected, nips);
        Assert.Equal(3, pages);

        var since = await WebServiceHost.GetAsync(client, token, "/api/ws/v1/pns?updatedSince=" + Uri.EscapeDataString(FakePersonnel.Base.AddDays(5).ToString("O")));
        Assert.Single(JsonDocument.Parse(await since.Content.ReadAsStringAsync()).RootElement.GetProperty("data").EnumerateArray());
        var unor = await WebServiceHost.GetAsync(client, token, "/api/ws/v1/pns?unor=" + Uri.EscapeDataString("Dinas Pendidikan"));
        Assert.Equal(2, JsonDocument.Parse(await unor.Content.ReadAsStringAsync()).RootElement.GetProperty("data").GetArrayLength());

        var first = await WebServiceHost.GetAsync(client, token, "/api/ws/v1/pns?limit=2");
        var etag = first.Headers.ETag!.Tag;
        Assert.Equal(HttpStatusCode.NotModified, (await WebServiceHost.GetAsync(client, token, "/api/ws/v1/pns?limit=2", etag)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await WebServiceHost.GetAsync(client, token, "/api/ws/v1/pns?limit=3", etag)).StatusCode);

        var huge = await WebServiceHost.GetAsync(client, token, "/api/ws/v1/pns?limit=1000000");
        Assert.Equal(WsApi.MaxLimit, JsonDocument.Parse(await huge.Content.ReadAsStringAsync()).RootElement.GetProperty("limit").GetInt32());
        foreach (var bad in new[] { "limit=0", "limit=abc", "cursor=bukan-kursor", "updatedSince=kemarin" })
        {
            var response = await WebServiceHost.GetAsync(client, token, "/api/ws/v1/pns?" + bad);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, bad);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Reference_tables_are_cacheable_and_an_unknown_table_is_404()
    {
        var issued = await host.CreateClientAsync(WebServiceHost.AgencyA, WsEnvironment.Production);
        var client = host.Client();
        var token = await host.TokenAsync(issued, client);

        var golongan = await WebServiceHost.GetAsync(client, token, "/api/ws/v1/referensi/golongan");
        Assert.Equal(HttpStatusCode.OK, golongan.StatusCode);
        Assert.Equal(TimeSpan.FromHours(1), golongan.Headers.CacheControl?.MaxAge);
        Assert.Contains("IV/e", await golongan.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotModified, (await WebServiceHost.GetAsync(client, token, "/api/ws/v1/referensi/golongan", golongan.Headers.ETag!.Tag)).StatusCode);

        var unor = await (await WebServiceHost.GetAsync(client, token, "/api/ws/v1/referensi/unor")).Content.ReadAsStringAsync();
        Assert.Contains("Dinas Kesehatan", unor, StringComparison.Ordinal);
        Assert.DoesNotContain("Sekretariat Daerah", unor, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await WebServiceHost.GetAsync(client, token, "/api/ws/v1/referensi/gaji")).StatusCode);
    }

    [Fact]
    public async Task A_client_without_the_scope_is_refused_and_one_over_its_rate_limit_gets_429()
    {
        var referenceOnly = await host.CreateClientAsync(WebServiceHost.AgencyA, WsEnvironment.Production, scopes: WsScopes.Referensi);
        var client = host.Client();
        var token = await host.TokenAsync(referenceOnly, client);
        Assert.Equal(HttpStatusCode.Forbidden, (await WebServiceHost.GetAsync(client, token, $"/api/ws/v1/pns/{OwnNip}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await WebServiceHost.RequestTokenAsync(client, referenceOnly.Client.ClientId, referenceOnly.Secret, WsScopes.Pns)).StatusCode);

        var slow = await host.CreateClientAsync(WebServiceHost.AgencyA, WsEnvironment.Production, perMinute: 2);
        var slowToken = await host.TokenAsync(slow, client);
        Assert.Equal(HttpStatusCode.OK, (await WebServiceHost.GetAsync(client, slowToken, "/api/ws/v1/referensi/golongan")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await WebServiceHost.GetAsync(client, slowToken, "/api/ws/v1/referensi/golongan")).StatusCode);
        var refused = await WebServiceHost.GetAsync(client, slowToken, "/api/ws/v1/referensi/golongan");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(refused.Headers.RetryAfter);
    }

    [Fact]
    public async Task After_a_rotation_the_old_secret_works_during_the_overlap_only()
    {
        var issued = await host.CreateClientAsync(WebServiceHost.AgencyA, WsEnvironment.Production);
        var client = host.Client();
        WsIssuedSecret rotated;
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            rotated = await scope.ServiceProvider.GetRequiredService<WsClientService>().RotateAsync(issued.Client.Id, 7, CancellationToken.None);
        }

        Assert.Equal(HttpStatusCode.OK, (await WebServiceHost.RequestTokenAsync(client, issued.Client.ClientId, issued.Secret)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await WebServiceHost.RequestTokenAsync(client, issued.Client.ClientId, rotated.Secret)).StatusCode);

        WsIssuedSecret again;
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            again = await scope.ServiceProvider.GetRequiredService<WsClientService>().RotateAsync(issued.Client.Id, 0, CancellationToken.None);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await WebServiceHost.RequestTokenAsync(client, issued.Client.ClientId, issued.Secret)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await WebServiceHost.RequestTokenAsync(client, issued.Client.ClientId, rotated.Secret)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await WebServiceHost.RequestTokenAsync(client, issued.Client.ClientId, again.Secret)).StatusCode);
    }

    [Fact]
    public async Task Secrets_are_stored_hashed()
    {
        var issued = await host.CreateClientAsync(WebServiceHost.AgencyA, WsEnvironment.Production);
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var stored = await db.Set<OpenIddict.EntityFrameworkCore.Models.OpenIddictEntityFrameworkCoreApplication>().AsNoTracking().SingleAsync(a => a.ClientId == issued.Client.ClientId);
        Assert.NotNull(stored.ClientSecret);
        Assert.DoesNotContain(issued.Secret, stored.ClientSecret, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_document_is_public_and_lists_every_endpoint_and_the_reference_page_keeps_the_csp()
    {
        var client = host.Client();
        var response = await client.GetAsync(WebServiceRoutes.OpenApi);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("3.1.0", json.RootElement.GetProperty("openapi").GetString());
        var documented = json.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(m => $"{m.Name.ToUpperInvariant()} {WebServiceRoutes.Api}{p.Name}")).ToHashSet();

        var mapped = host.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => ("/" + e.RoutePattern.RawText!.TrimStart('/')).StartsWith(WebServiceRoutes.Api + "/", StringComparison.Ordinal) && !e.RoutePattern.RawText!.EndsWith("openapi.json", StringComparison.Ordinal))
            .SelectMany(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()!.HttpMethods.Select(m => $"{m} /{e.RoutePattern.RawText!.TrimStart('/')}"))
            .ToHashSet();
        Assert.NotEmpty(mapped);
        Assert.Equal(mapped.Order(), documented.Order());

        var docs = await client.GetAsync(WebServiceRoutes.Docs);
        Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
        var html = await docs.Content.ReadAsStringAsync();
        Assert.Contains("<script src=\"/_content/Bkn.Cms.WebService/ws-docs.js\"></script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", docs.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/_content/Bkn.Cms.WebService/ws-docs.js")).StatusCode);
    }

    [Fact]
    public async Task The_admin_bearer_token_is_not_accepted_by_the_web_service()
    {
        var browser = host.Factory.CreateClient();
        var adminToken = await browser.TokenAsync("admin", CmsFactory.AdminPassword);
        var client = host.Client();
        Assert.Equal(HttpStatusCode.Unauthorized, (await WebServiceHost.GetAsync(client, adminToken, $"/api/ws/v1/pns/{OwnNip}")).StatusCode);
    }

    private async Task<List<WsCall>> CallsAsync(string clientId)
    {
        await host.Factory.Services.GetRequiredService<WsAuditWriter>().FlushAsync();
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DbContext>().Set<WsCall>().AsNoTracking().Where(c => c.ClientId == clientId).OrderBy(c => c.Id).ToListAsync();
    }
}
