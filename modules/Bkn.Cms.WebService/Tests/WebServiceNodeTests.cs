using System.Net;
using Bkn.Cms.Tests.Infrastructure;
using Bkn.Cms.WebService.Models;
using Bkn.Cms.WebService.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Modules.WebService;

/// <summary>A web-service host on a database and data folder shared with other hosts (nodes of one site, or the same site after a restart).</summary>
public sealed class WebServiceNode(TestDatabase database, string? redis = null) : WebServiceHost
{
    protected override TestDatabase? SharedDatabase => database;

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => redis is null
        ? new Dictionary<string, string?>()
        : new Dictionary<string, string?> { ["Redis:Configuration"] = redis };

    public WsAuditWriter Audit => Factory.Services.GetRequiredService<WsAuditWriter>();

    public async Task<List<WsCall>> CallsAsync(string clientId)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DbContext>().Set<WsCall>().AsNoTracking().Where(c => c.ClientId == clientId).ToListAsync();
    }
}

/// <summary>
/// What holds across processes and nodes: the call audit survives a crash (write-ahead file replayed at the next
/// start, exactly once), and with Redis the per-client rate limit is one limit for all nodes.
/// </summary>
public sealed class WebServiceNodeTests
{
    private const string OwnNip = "198501012010011001";
    private const string PnsEndpoint = "GET /api/ws/v1/pns/{nip}";

    [Fact]
    public async Task After_a_crash_the_next_start_finds_every_call_in_the_audit_exactly_once()
    {
        await using var database = TestDatabase.Create();
        var first = new WebServiceNode(database);
        await first.InitializeAsync();
        string clientId;
        string folder;
        try
        {
            var issued = await first.CreateClientAsync(WebServiceHost.AgencyA, WsEnvironment.Production);
            clientId = issued.Client.ClientId;
            var client = first.Client();
            var token = await first.TokenAsync(issued, client);
            for (var i = 0; i < 5; i++)
            {
                Assert.Equal(HttpStatusCode.OK, (await WebServiceHost.GetAsync(client, token, $"/api/ws/v1/pns/{OwnNip}")).StatusCode);
            }

            // These six calls are in the database, and still in the write-ahead file (its segment is not full).
            await first.Audit.FlushAsync();
            Assert.Equal(6, (await first.CallsAsync(clientId)).Count);

            // From here the database insert never comes: the process dies after the writer loop's last file flush.
            first.Audit.HoldDatabaseWrites();
            for (var i = 0; i < 7; i++)
            {
                Assert.Equal(HttpStatusCode.OK, (await WebServiceHost.GetAsync(client, token, $"/api/ws/v1/pns/{OwnNip}")).StatusCode);
            }

            await first.Audit.SimulateCrashAsync();
            folder = first.Audit.Folder;
            Assert.Equal(6, (await first.CallsAsync(clientId)).Count);
        }
        finally
        {
            await first.DisposeAsync();
        }

        // The kill also tore the line being written.
        var file = Assert.Single(Directory.GetFiles(folder, "*.wal"));
        await File.AppendAllTextAsync(file, "{\"Id\":0,\"Key\":\"0193a");

        var second = new WebServiceNode(database);
        await second.InitializeAsync();
        try
        {
            await second.Audit.FlushAsync();
            var calls = await second.CallsAsync(clientId);

            Assert.Equal(13, calls.Count);
            Assert.Equal(12, calls.Count(c => c.Endpoint == PnsEndpoint && c.Status == 200 && c.Records == 1));
            Assert.Single(calls, c => c.Endpoint == "POST /connect/token");
            Assert.Equal(13, calls.Select(c => c.Key).Distinct().Count());
            Assert.Empty(Directory.GetFiles(folder, "*.wal"));
        }
        finally
        {
            await second.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_normal_stop_writes_every_call_and_leaves_no_write_ahead_file_and_without_redis_the_limit_is_per_node()
    {
        await using var database = TestDatabase.Create();
        var node = new WebServiceNode(database);
        await node.InitializeAsync();
        string folder;
        try
        {
            Assert.False(node.Factory.Services.GetRequiredService<WsRateLimiter>().IsShared);
            var issued = await node.CreateClientAsync(WebServiceHost.AgencyA, WsEnvironment.Production);
            var client = node.Client();
            var token = await node.TokenAsync(issued, client);
            Assert.Equal(HttpStatusCode.OK, (await WebServiceHost.GetAsync(client, token, $"/api/ws/v1/pns/{OwnNip}")).StatusCode);
            await node.Audit.FlushAsync();
            Assert.Equal(2, (await node.CallsAsync(issued.Client.ClientId)).Count);
            folder = node.Audit.Folder;
            Assert.Single(Directory.GetFiles(folder, "*.wal"));
        }
        finally
        {
            await node.DisposeAsync();
        }

        Assert.Empty(Directory.GetFiles(folder, "*.wal"));
    }

    [RedisFact]
    public async Task With_redis_two_nodes_share_one_rate_limit_per_client()
    {
        var redis = Environment.GetEnvironmentVariable("BKN_TEST_REDIS");
        await using var database = TestDatabase.Create();
        var nodeA = new WebServiceNode(database, redis);
        await nodeA.InitializeAsync();
        var nodeB = new WebServiceNode(database, redis);
        await nodeB.InitializeAsync();
        try
        {
            Assert.True(nodeA.Factory.Services.GetRequiredService<WsRateLimiter>().IsShared);
            var issued = await nodeA.CreateClientAsync(WebServiceHost.AgencyA, WsEnvironment.Production, perMinute: 3);
            var clientA = nodeA.Client();
            var clientB = nodeB.Client();
            var token = await nodeA.TokenAsync(issued, clientA);

            // Three calls a minute in all, wherever the load balancer sends them.
            Assert.Equal(HttpStatusCode.OK, (await WebServiceHost.GetAsync(clientA, token, $"/api/ws/v1/pns/{OwnNip}")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await WebServiceHost.GetAsync(clientB, token, $"/api/ws/v1/pns/{OwnNip}")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await WebServiceHost.GetAsync(clientA, token, $"/api/ws/v1/pns/{OwnNip}")).StatusCode);
            var refusedB = await WebServiceHost.GetAsync(clientB, token, $"/api/ws/v1/pns/{OwnNip}");
            var refusedA = await WebServiceHost.GetAsync(clientA, token, $"/api/ws/v1/pns/{OwnNip}");
            Assert.Equal(HttpStatusCode.TooManyRequests, refusedB.StatusCode);
            Assert.Equal(HttpStatusCode.TooManyRequests, refusedA.StatusCode);
            Assert.Equal("application/problem+json", refusedB.Content.Headers.ContentType?.MediaType);

            // Another client of the same agency has its own limit.
            var other = await nodeA.CreateClientAsync(WebServiceHost.AgencyA, WsEnvironment.Production, perMinute: 3);
            Assert.Equal(HttpStatusCode.OK, (await WebServiceHost.GetAsync(clientB, await nodeB.TokenAsync(other, clientB), $"/api/ws/v1/pns/{OwnNip}")).StatusCode);

            await nodeA.Audit.FlushAsync();
            await nodeB.Audit.FlushAsync();
            var refusals = (await nodeA.CallsAsync(issued.Client.ClientId)).Where(c => c.Refusal == WsRefusals.RateLimit).ToList();
            Assert.Equal(2, refusals.Count);
            Assert.All(refusals, c => Assert.Equal(429, c.Status));
        }
        finally
        {
            await nodeB.DisposeAsync();
            await nodeA.DisposeAsync();
        }
    }
    [Fact]
    public async Task A_client_revoked_or_moved_on_one_node_is_refused_on_the_other_within_the_stamp_poll()
    {
        await using var database = TestDatabase.Create();
        var nodeA = new WebServiceNode(database);
        await nodeA.InitializeAsync();
        var nodeB = new WebServiceNode(database);
        await nodeB.InitializeAsync();
        try
        {
            var issued = await nodeA.CreateClientAsync(WebServiceHost.AgencyA, WsEnvironment.Production);
            var token = await nodeA.TokenAsync(issued, nodeA.Client());

            // Node B serves the client created on A a moment ago (from its copy, or from the database before its next poll).
            Assert.Equal(HttpStatusCode.OK, (await WebServiceHost.GetAsync(nodeB.Client(), token, $"/api/ws/v1/pns/{OwnNip}")).StatusCode);

            // A moves the client's allowed address: B refuses the old one once it has followed the stamp.
            await using (var scope = nodeA.Factory.Services.CreateAsyncScope())
            {
                var input = new WsClientInput { AgencyId = WebServiceHost.AgencyA.Id, Environment = WsEnvironment.Production, DisplayName = issued.Client.DisplayName, Scopes = [.. issued.Client.Scopes.Split(' ')], AllowedAddresses = "192.0.2.99", RateLimitPerMinute = 1000 };
                await scope.ServiceProvider.GetRequiredService<WsClientService>().UpdateAsync(issued.Client.Id, input, CancellationToken.None);
            }

            // Node A itself refuses at once (it reloads as the change commits).
            Assert.Equal(HttpStatusCode.Forbidden, (await WebServiceHost.GetAsync(nodeA.Client(), token, $"/api/ws/v1/pns/{OwnNip}")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, await EventuallyAsync(nodeB, token, HttpStatusCode.Forbidden));

            // A revokes it: every call with the token already issued is refused on both nodes.
            await using (var scope = nodeA.Factory.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<WsClientService>().RevokeAsync(issued.Client.Id, "admin", CancellationToken.None);
            }

            Assert.Equal(HttpStatusCode.Unauthorized, (await WebServiceHost.GetAsync(nodeA.Client("192.0.2.99"), token, $"/api/ws/v1/pns/{OwnNip}")).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, await EventuallyAsync(nodeB, token, HttpStatusCode.Unauthorized, "192.0.2.99"));
        }
        finally
        {
            await nodeB.DisposeAsync();
            await nodeA.DisposeAsync();
        }
    }
    [Fact]
    public async Task While_redis_does_not_answer_the_rate_limit_still_holds_on_each_node()
    {
        // A Redis that never answers (nothing listens on port 1): the limiter counts on this node instead of letting
        // every call through or refusing them all.
        using var redis = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync("127.0.0.1:1,abortConnect=false,connectTimeout=200,syncTimeout=200,asyncTimeout=200");
        using var limiter = new WsRateLimiter(redis, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<WsRateLimiter>.Instance);
        Assert.True(limiter.IsShared);

        Assert.True(await limiter.TryAcquireAsync("client-a", 2));
        Assert.True(await limiter.TryAcquireAsync("client-a", 2));
        Assert.False(await limiter.TryAcquireAsync("client-a", 2));
        Assert.True(await limiter.TryAcquireAsync("client-b", 2));
    }

    /// <summary>Calls node B until it answers <paramref name="expected"/> (it follows the stamp poll, one second by default), at most 15 s.</summary>
    private static async Task<HttpStatusCode> EventuallyAsync(WebServiceNode node, string token, HttpStatusCode expected, string address = WebServiceHost.AgencyAddress)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        HttpStatusCode status;
        do
        {
            status = (await WebServiceHost.GetAsync(node.Client(address), token, $"/api/ws/v1/pns/{OwnNip}")).StatusCode;
            if (status == expected)
            {
                break;
            }

            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);
        return status;
    }
}
