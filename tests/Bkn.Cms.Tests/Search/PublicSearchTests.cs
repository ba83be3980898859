using System.Net;
using System.Text.Json.Nodes;
using Bkn.Cms.Search;
using Bkn.Cms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Search;

public sealed class PublicSearchTests
{
    [Fact]
    public async Task Visitors_find_published_pages_by_word_roots_with_highlights_and_never_drafts()
    {
        await using var factory = new CmsFactory();
        await SearchTestData.PageAsync(factory, "Layanan Kepangkatan", "Informasi **kenaikan** pangkat reguler dan pilihan.", publish: true);
        await SearchTestData.PageAsync(factory, "Draf Kepangkatan Rahasia", "Belum boleh dibaca publik: kepangkatan.", publish: false);
        await SearchTestData.PageAsync(factory, "Cuti Tahunan", "Hak cuti pegawai negeri.", publish: true);
        var visitor = factory.CreateBrowser();
        await SearchTestData.WaitUntilCaughtUpAsync(factory);

        // "pangkat" finds "Kepangkatan", "naik" finds "kenaikan": both go through the Indonesian stemmer.
        var pangkat = await SearchTestData.TitlesAsync(visitor, "pangkat", "&type=Halaman"); // the sample news of the setup recipe are about pangkat too
        Assert.Equal("Layanan Kepangkatan", pangkat[0]);
        Assert.DoesNotContain("Draf Kepangkatan Rahasia", pangkat);
        Assert.DoesNotContain("Cuti Tahunan", pangkat);
        Assert.Equal("Layanan Kepangkatan", (await SearchTestData.TitlesAsync(visitor, "naik", "&type=Halaman"))[0]);
        Assert.Empty(await SearchTestData.TitlesAsync(visitor, "rahasia"));

        var page = await visitor.GetStringAsync("/cari?q=kenaikan+pangkat");
        Assert.Contains("<mark>kenaikan</mark>", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/layanan-kepangkatan\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Draf Kepangkatan", page, StringComparison.Ordinal);

        // Publishing the draft makes it findable within seconds; unpublishing removes it again.
        var draft = (await SearchTestData.PageAsync(factory, "Pengumuman Seleksi", "Seleksi terbuka jabatan pimpinan tinggi.", publish: false)).ContentItemId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Bkn.Cms.ContentManagement.IContentManager>().PublishAsync(draft);
        }

        await Eventually.TrueAsync(async () => (await SearchTestData.TitlesAsync(visitor, "seleksi jabatan")).Contains("Pengumuman Seleksi"), TimeSpan.FromSeconds(10), "the published page is found");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Bkn.Cms.ContentManagement.IContentManager>().UnpublishAsync(draft);
        }

        await Eventually.TrueAsync(async () => !(await SearchTestData.TitlesAsync(visitor, "seleksi jabatan")).Contains("Pengumuman Seleksi"), TimeSpan.FromSeconds(10), "the unpublished page is gone");
    }

    [Fact]
    public async Task A_regulation_number_ranks_its_regulation_first_and_filters_narrow_by_type_and_year()
    {
        await using var factory = new CmsFactory(services: s => s.AddSingleton<IContentIndexContributor, TestRegulationContributor>());
        for (var i = 0; i < 5; i++)
        {
            // Noise: pages that mention the words and numbers of the query many times.
            await SearchTestData.PageAsync(factory, $"Berita perka tahun 2011 nomor {i}", "Perka 7 tahun 2011 dibahas; perka, 7, tahun, 2011, tahun 2011, perka 7.", publish: true);
        }

        await SearchTestData.PageAsync(factory, "Pedoman Penilaian Kinerja", "Peraturan tentang penilaian prestasi kerja PNS.", publish: true, extraPart: new JsonObject { ["Nomor"] = "7", ["Tahun"] = 2011 });
        var visitor = factory.CreateBrowser();
        await SearchTestData.WaitUntilCaughtUpAsync(factory);

        Assert.Equal("Pedoman Penilaian Kinerja", (await SearchTestData.TitlesAsync(visitor, "Perka 7 tahun 2011"))[0]);
        Assert.Equal("Pedoman Penilaian Kinerja", (await SearchTestData.TitlesAsync(visitor, "7/2011"))[0]);

        var byYear = await SearchTestData.SearchAsync(visitor, "penilaian", "&year=2011&type=Halaman");
        Assert.Equal(1, byYear["total"]!.GetValue<int>());
        Assert.Equal(0, (await SearchTestData.SearchAsync(visitor, "penilaian", "&year=2012&type=Halaman"))["total"]!.GetValue<int>());
        Assert.Equal(0, (await SearchTestData.SearchAsync(visitor, "penilaian", "&type=SiaranPers"))["total"]!.GetValue<int>());
        Assert.Equal(1, (await SearchTestData.SearchAsync(visitor, "penilaian", "&type=Halaman"))["total"]!.GetValue<int>());

        // Paging: 5 results at 10 per page fit one page; page 2 is empty but not an error.
        var perka = await SearchTestData.SearchAsync(visitor, "perka", "&type=Halaman");
        Assert.Equal(5, perka["total"]!.GetValue<int>());
        Assert.Empty((await SearchTestData.SearchAsync(visitor, "perka", "&type=Halaman&page=2"))["items"]!.AsArray());
    }

    [Theory]
    [InlineData("kenaikan AND")]
    [InlineData("\"pangkat")]
    [InlineData("*pangkat")]
    [InlineData("pangkat [1 TO")]
    [InlineData("title:(")]
    [InlineData("!!! ??? ~~~")]
    public async Task A_query_the_parser_cannot_read_is_searched_as_plain_words(string query)
    {
        await using var factory = new CmsFactory();
        await SearchTestData.PageAsync(factory, "Kenaikan Pangkat", "Kenaikan pangkat pilihan.", publish: true);
        var visitor = factory.CreateBrowser();
        await SearchTestData.WaitUntilCaughtUpAsync(factory);

        var response = await visitor.GetAsync("/cari?q=" + Uri.EscapeDataString(query));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var api = await visitor.GetAsync("/api/search?q=" + Uri.EscapeDataString(query));
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
    }

    [Fact]
    public async Task Very_long_input_is_cut_with_a_message_and_the_api_is_open_to_anonymous_visitors()
    {
        await using var factory = new CmsFactory();
        await SearchTestData.PageAsync(factory, "Kenaikan Pangkat", "Kenaikan pangkat pilihan.", publish: true);
        var visitor = factory.CreateBrowser();
        await SearchTestData.WaitUntilCaughtUpAsync(factory);

        var longQuery = "pangkat " + new string('x', 5000);
        var page = await visitor.GetAsync("/cari?q=" + longQuery);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Kata kunci terlalu panjang", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var json = await SearchTestData.SearchAsync(visitor, longQuery);
        Assert.Equal(200, json["query"]!.GetValue<string>().Length);
        Assert.Contains("terlalu panjang", json["notice"]!.GetValue<string>(), StringComparison.Ordinal);

        // No token needed: the API answers with the public results only.
        var results = await SearchTestData.SearchAsync(visitor, "kenaikan pangkat", "&type=Halaman");
        Assert.Equal("/kenaikan-pangkat", results["items"]![0]!["url"]!.GetValue<string>());
    }
}
