using Bkn.Cms.Features;
using Bkn.Cms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Integration;

/// <summary>The public layout and home page show what enabled modules contribute, and nothing of a disabled one.</summary>
public sealed class PublicNavigationTests
{
    [Fact]
    public async Task Navigation_entries_feeds_and_home_blocks_of_a_disabled_feature_vanish()
    {
        await using var factory = new CmsFactory();
        var browser = factory.CreateBrowser();

        var home = await browser.GetStringAsync("/");
        Assert.Contains("<a href=\"/berita\"", home, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/helpdesk\"", home, StringComparison.Ordinal);
        Assert.Contains("href=\"/berita/rss.xml\"", home, StringComparison.Ordinal);
        Assert.Contains("<form action=\"/cari\"", home, StringComparison.Ordinal);
        Assert.Contains("home-news", home, StringComparison.Ordinal);
        Assert.True(home.IndexOf("href=\"/layanan\"", StringComparison.Ordinal) < home.IndexOf("href=\"/helpdesk\"", StringComparison.Ordinal), "Entries follow their order.");

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<FeatureManager>().DisableAsync(["Bkn.Cms.Humas", "Bkn.Cms.Helpdesk"], CancellationToken.None);
        }

        await Eventually.TrueAsync(
            async () => !(await browser.GetStringAsync("/")).Contains("href=\"/berita\"", StringComparison.Ordinal),
            TimeSpan.FromSeconds(10),
            "the home page is rendered again without Humas");
        home = await browser.GetStringAsync("/");
        Assert.DoesNotContain("href=\"/helpdesk\"", home, StringComparison.Ordinal);
        Assert.DoesNotContain("/berita/rss.xml", home, StringComparison.Ordinal);
        Assert.DoesNotContain("home-news", home, StringComparison.Ordinal);
        Assert.Contains("<form action=\"/cari\"", home, StringComparison.Ordinal);
        Assert.Contains("021-80882815", home, StringComparison.Ordinal);
    }
}
