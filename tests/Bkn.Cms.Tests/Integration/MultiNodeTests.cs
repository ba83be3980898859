using System.Net;
using Bkn.Cms.Features;
using Bkn.Cms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Integration;

/// <summary>Two hosts on one database (PostgreSQL under tests/run.sh's second pass, a shared SQLite file otherwise).</summary>
public sealed class MultiNodeTests
{
    [Fact]
    public async Task Two_hosts_on_one_database_see_each_others_feature_changes_within_five_seconds()
    {
        await using var database = TestDatabase.Create();
        await using var nodeA = new CmsFactory(database, new() { ["State:PollInterval"] = "00:00:01" });
        await using var nodeB = new CmsFactory(database, new() { ["State:PollInterval"] = "00:00:01" });
        var apiA = await FeatureGatingTests.ApiAsync(nodeA);
        var browserB = nodeB.CreateBrowser();
        await browserB.SignInAsAdminAsync();
        var featuresB = nodeB.Services.GetRequiredService<IFeatureChecker>();
        Assert.Equal(HttpStatusCode.NotFound, (await browserB.GetAsync("/admin/contoh")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await apiA.PostAsync("/api/features/Test.Sample/enable", null)).StatusCode);
        var seenAfter = await Eventually.TrueAsync(() => Task.FromResult(featuresB.IsEnabled("Test.Sample")), TimeSpan.FromSeconds(5), "node B sees the feature enabled on node A");
        Assert.Equal(HttpStatusCode.OK, (await browserB.GetAsync("/admin/contoh")).StatusCode);

        await apiA.PostAsync("/api/features/Test.Sample/disable", null);
        await Eventually.TrueAsync(() => Task.FromResult(!featuresB.IsEnabled("Test.Sample")), TimeSpan.FromSeconds(5), "node B sees the feature disabled on node A");
        Assert.Equal(HttpStatusCode.NotFound, (await browserB.GetAsync("/admin/contoh")).StatusCode);
        Assert.True(seenAfter < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_cookie_issued_by_one_host_is_accepted_by_the_other()
    {
        await using var database = TestDatabase.Create();
        await using var nodeA = new CmsFactory(database);
        await using var nodeB = new CmsFactory(database);
        var browserA = nodeA.CreateBrowser();
        await browserA.SignInAsAdminAsync();
        _ = nodeB.Server;

        // Data-protection keys live in the database, so the same cookie opens the admin on node B.
        var cookie = (await browserA.GetAsync("/admin")).RequestMessage!.Headers.TryGetValues("Cookie", out var values) ? values.First() : null;
        Assert.NotNull(cookie);
        var clientB = nodeB.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin");
        request.Headers.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await clientB.SendAsync(request)).StatusCode);
    }
}
