using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Bkn.Cms.ContentManagement;
using Bkn.Cms.Humas.Models;
using Bkn.Cms.Tests.Infrastructure;
using Bkn.Cms.Tests.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Integration.Humas;

/// <summary>
/// A regulation's status follows from the regulations that revoke or amend it, the same on its page, in the list and its
/// "Berlaku" filter, in the RSS feed, in search and in the JDIHN feed, and goes back when the link is removed.
/// </summary>
public sealed class RegulationStatusTests
{
    private const string Revoked = "peraturanperka120000000001";
    private const string RevokedPath = "/peraturan/perka-bkn-12-2012";

    [Fact]
    public async Task A_revoked_regulation_reads_Dicabut_everywhere_and_Berlaku_again_when_the_revoking_one_is_withdrawn()
    {
        await using var factory = new CmsFactory();
        var visitor = factory.CreateClient();
        Assert.Equal("Berlaku", await JdihnStatusAsync(visitor, "12"));
        Assert.Contains("Nomor 12 Tahun 2012", await visitor.GetStringAsync("/peraturan?status=berlaku"), StringComparison.Ordinal);

        // A new regulation revokes Perka 12/2012.
        string revoking;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            var item = content.New(HumasTypes.Peraturan);
            item.Content["TitlePart"] = new JsonObject { ["Title"] = "Peraturan BKN Nomor 7 Tahun 2020 tentang Layanan Informasi Publik" };
            item.Content[HumasTypes.Peraturan] = new JsonObject
            {
                ["Jenis"] = new JsonObject { ["Value"] = "Peraturan BKN" },
                ["Nomor"] = new JsonObject { ["Text"] = "7" },
                ["Tahun"] = new JsonObject { ["Value"] = 2020m },
                ["Status"] = new JsonObject { ["Value"] = "Berlaku" },
                ["Mencabut"] = new JsonObject { ["ContentItemIds"] = new JsonArray(Revoked) },
            };
            revoking = (await content.CreateAsync(item, publish: true)).ContentItemId;
        }

        var page = await visitor.GetStringAsync(RevokedPath);
        Assert.Contains("status-dicabut\">Dicabut</span>", page, StringComparison.Ordinal);
        Assert.Contains("Dicabut oleh", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Nomor 12 Tahun 2012", await visitor.GetStringAsync("/peraturan?status=berlaku"), StringComparison.Ordinal);
        var revokedList = await visitor.GetStringAsync("/peraturan?status=DICABUT");
        Assert.Contains("Nomor 12 Tahun 2012", revokedList, StringComparison.Ordinal);
        Assert.Contains("status-dicabut", revokedList, StringComparison.Ordinal);
        Assert.Equal("Dicabut", await JdihnStatusAsync(visitor, "12"));
        var rss = XDocument.Parse(await visitor.GetStringAsync("/peraturan/rss.xml"));
        Assert.Equal("Dicabut", rss.Descendants("item").Single(i => i.Element("link")!.Value.EndsWith(RevokedPath, StringComparison.Ordinal)).Element("category")!.Value);
        await SearchTestData.WaitUntilCaughtUpAsync(factory);
        Assert.Contains(await SearchTestData.TitlesAsync(visitor, "dicabut"), t => t.Contains("Nomor 12 Tahun 2012", StringComparison.Ordinal));

        // Unpublishing the revoking regulation removes the link: Perka 12/2012 is in force again.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IContentManager>().UnpublishAsync(revoking);
        }

        Assert.Contains("status-berlaku\">Berlaku</span>", await visitor.GetStringAsync(RevokedPath), StringComparison.Ordinal);
        Assert.Contains("Nomor 12 Tahun 2012", await visitor.GetStringAsync("/peraturan?status=Berlaku"), StringComparison.Ordinal);
        Assert.Equal("Berlaku", await JdihnStatusAsync(visitor, "12"));
        await SearchTestData.WaitUntilCaughtUpAsync(factory);
        Assert.DoesNotContain(await SearchTestData.TitlesAsync(visitor, "dicabut"), t => t.Contains("Nomor 12 Tahun 2012", StringComparison.Ordinal));
    }

    private static async Task<string> JdihnStatusAsync(HttpClient client, string number)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/jdihn"));
        return json.RootElement.EnumerateArray().Single(r => r.GetProperty("noPeraturan").GetString() == number).GetProperty("status").GetString()!;
    }
}
