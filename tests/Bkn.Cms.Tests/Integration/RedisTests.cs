using System.Net;
using Bkn.Cms.Features;
using Bkn.Cms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Integration;

public sealed class RedisTests
{
    [RedisFact]
    public async Task With_redis_a_feature_change_reaches_the_other_node_without_waiting_for_its_poll()
    {
        // Polling is slowed to a minute, so only the Redis message can bring the change across in time.
        var settings = new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = Environment.GetEnvironmentVariable("BKN_TEST_REDIS"),
            ["State:PollInterval"] = "00:01:00",
        };
        await using var database = TestDatabase.Create();
        await using var nodeA = new CmsFactory(database, settings);
        await using var nodeB = new CmsFactory(database, settings);
        var apiA = await FeatureGatingTests.ApiAsync(nodeA);
        var featuresB = nodeB.Services.GetRequiredService<IFeatureChecker>();
        Assert.False(featuresB.IsEnabled("Test.Sample"));

        Assert.Equal(HttpStatusCode.OK, (await apiA.PostAsync("/api/features/Test.Sample/enable", null)).StatusCode);

        await Eventually.TrueAsync(() => Task.FromResult(featuresB.IsEnabled("Test.Sample")), TimeSpan.FromSeconds(20), "node B hears about the change through Redis (its poll runs once a minute)");

        // Tokens are protected with keys kept in Redis: a token from node A works on node B.
        var clientB = nodeB.CreateClient();
        clientB.UseBearer(await nodeA.CreateClient().TokenAsync("admin", CmsFactory.AdminPassword));
        Assert.Equal(HttpStatusCode.OK, (await clientB.GetAsync("/api/features")).StatusCode);
    }
}
