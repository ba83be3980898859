using Bkn.Cms.Tests.Infrastructure;
using Bkn.Cms.Tests.Search;

namespace Bkn.Cms.Tests.Integration.Humas;

/// <summary>The public search over the Humas sample data of the setup recipe.</summary>
public sealed class HumasSearchTests
{
    [Fact]
    public async Task A_regulation_number_finds_its_regulation_first_and_exempt_public_information_is_never_found()
    {
        await using var factory = new CmsFactory();
        await SearchTestData.WaitUntilCaughtUpAsync(factory);
        var visitor = factory.CreateClient();

        foreach (var query in new[] { "Perka 25 tahun 2013", "25/2013" })
        {
            var titles = await SearchTestData.TitlesAsync(visitor, query);
            Assert.StartsWith("Peraturan Kepala Badan Kepegawaian Negara Nomor 25 Tahun 2013", titles.FirstOrDefault(), StringComparison.Ordinal);
        }

        // Words of the exempt DIP entry ("Data Pribadi PNS …, Dikecualikan") find nothing of it; a published DIP entry is found.
        Assert.DoesNotContain(await SearchTestData.TitlesAsync(visitor, "data pribadi"), t => t.StartsWith("Data Pribadi PNS", StringComparison.Ordinal));
        Assert.Contains("Peringatan Penipuan Mengatasnamakan BKN", await SearchTestData.TitlesAsync(visitor, "penipuan"));
    }
}
