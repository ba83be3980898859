using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Bkn.Cms.Tests.Infrastructure;

namespace Bkn.Cms.Tests.Integration.Humas;

/// <summary>The public lists, detail pages, feeds and the JDIHN feed over the sample data of the setup recipe.</summary>
public sealed partial class HumasPublicSiteTests(HumasPublicSiteTests.Host host) : IClassFixture<HumasPublicSiteTests.Host>
{
    public const string BaseUrl = "https://www.bkn.go.id";

    private readonly HttpClient _visitor = host.Factory.CreateBrowser();

    [Fact]
    public async Task News_and_press_release_lists_show_the_sample_items_newest_first_with_paging()
    {
        var news = await _visitor.GetStringAsync("/berita");
        Assert.Contains("8 hasil", news, StringComparison.Ordinal);
        var titles = Titles(news);
        Assert.Equal("30.245 Pengguna Aktif SAPK di Instansi Pusat dan Daerah", titles[0]);
        Assert.Contains("BKN Uji Coba Kenaikan Pangkat Otomatis Less Paper di Tiga Provinsi", titles);

        var releases = await _visitor.GetStringAsync("/siaran-pers?urut=terlama");
        Assert.Equal("BKN Raih Government PR of The Year pada PR Indonesia Award 2017", Titles(releases)[0]);
        Assert.Contains("Nomor 12/HM/2017", releases, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sample_regulation_has_a_pdf_its_page_links_and_the_JDIHN_feed_sends()
    {
        var page = await _visitor.GetStringAsync("/peraturan/perka-bkn-25-2013");
        var link = Regex.Match(page, "href=\"(/media/peraturan/[^\"]+\\.pdf)\"");
        Assert.True(link.Success, "the regulation page links its PDF");
        var pdf = await _visitor.GetByteArrayAsync(link.Groups[1].Value);
        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
        Assert.Contains("Nomor 25 Tahun 2013", System.Text.Encoding.Latin1.GetString(pdf), StringComparison.Ordinal);

        using var jdihn = JsonDocument.Parse(await _visitor.GetStringAsync("/api/jdihn"));
        var entry = jdihn.RootElement.EnumerateArray().Single(r => r.GetProperty("noPeraturan").GetString() == "25" && r.GetProperty("tahun_pengundangan").GetString() == "2013");
        Assert.EndsWith(link.Groups[1].Value, entry.GetProperty("urlDownload").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tahun=2014", new[] { "Nomor 19 Tahun 2014", "Nomor 39 Tahun 2014" })]
    [InlineData("status=Diubah", new[] { "Nomor 19 Tahun 2014" })]
    [InlineData("status=diubah&jenis=peraturan+kepala+bkn", new[] { "Nomor 19 Tahun 2014" })]
    [InlineData("nomor=25", new[] { "Nomor 25 Tahun 2013" })]
    [InlineData("jenis=Peraturan+Kepala+BKN&tahun=2013&urut=nomor", new[] { "Nomor 25 Tahun 2013", "Nomor 26 Tahun 2013" })]
    [InlineData("jenis=Keputusan+Kepala+BKN", new string[0])]
    public async Task Regulation_filters_narrow_the_list(string query, string[] expected)
    {
        var html = await _visitor.GetStringAsync("/peraturan?" + query);

        var titles = Titles(html);
        Assert.Equal(expected.Length, titles.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Contains(expected[i], titles[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_regulation_page_shows_its_metadata_and_links_both_ways()
    {
        var amended = await _visitor.GetStringAsync("/peraturan/perka-bkn-19-2014");
        Assert.Contains("Diubah oleh", amended, StringComparison.Ordinal);
        Assert.Contains("href=\"/peraturan/perka-bkn-31-2015\"", amended, StringComparison.Ordinal);
        Assert.Contains("Organisasi dan Tata Kerja Badan Kepegawaian Negara", amended, StringComparison.Ordinal);

        var amending = await _visitor.GetStringAsync("/peraturan/perka-bkn-31-2015");
        Assert.Contains("Mengubah <a href=\"/peraturan/perka-bkn-19-2014\"", amending, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"canonical\" href=\"https://www.bkn.go.id/peraturan/perka-bkn-31-2015\"", amending, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Public_information_is_grouped_by_category_and_excluded_information_is_never_shown()
    {
        var html = await _visitor.GetStringAsync("/informasi-publik");
        Assert.Contains("Informasi berkala", html, StringComparison.Ordinal);
        Assert.Contains("Informasi serta merta", html, StringComparison.Ordinal);
        Assert.Contains("Informasi setiap saat", html, StringComparison.Ordinal);
        Assert.Contains("Daftar Informasi Publik BKN", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Data Pribadi PNS", html, StringComparison.Ordinal);
        Assert.DoesNotContain("ikecualikan", html, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await _visitor.GetAsync("/informasi-publik/data-pribadi-pns-dalam-sistem-informasi-kepegawaian")).StatusCode);
        Assert.DoesNotContain("data-pribadi", await _visitor.GetStringAsync("/sitemap.xml"), StringComparison.Ordinal);
        var entry = await _visitor.GetStringAsync("/informasi-publik/daftar-informasi-publik-bkn");
        Assert.Contains("PPID BKN", entry, StringComparison.Ordinal);

        // The report's DIP entry was made on the date the report was signed.
        var report = await _visitor.GetStringAsync(Regex.Match(html, "href=\"(/informasi-publik/laporan-pelaksanaan-reformasi-birokrasi[^\"]+)\"").Groups[1].Value);
        Assert.Contains("30 Juni 2018", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Services_list_the_six_counters_with_their_service_standard()
    {
        var html = await _visitor.GetStringAsync("/layanan");
        foreach (var counter in new[] { "A", "B", "C", "D", "E", "F" })
        {
            Assert.Contains($"Loket {counter}:", html, StringComparison.Ordinal);
        }

        var detail = await _visitor.GetStringAsync(Regex.Match(html, "href=\"(/layanan/loket-b-[^\"]+)\"").Groups[1].Value);
        Assert.Contains("Pensiun PNS dan Pejabat Negara", detail, StringComparison.Ordinal);
        Assert.Contains("Tidak dipungut biaya", detail, StringComparison.Ordinal);

        // Requirements as in the KPO/PPO document tables: all 11 documents of Pensiun Reguler, 3 of Pensiun Otomatis;
        // Loket A keeps KP Reguler (DP3) and KP Reguler Otomatis (SKP) apart.
        Assert.Contains("Surat keterangan janda/duda", detail, StringComparison.Ordinal);
        Assert.Contains("Pensiun Otomatis (PPO):", detail, StringComparison.Ordinal);
        var loketA = await _visitor.GetStringAsync(Regex.Match(html, "href=\"(/layanan/loket-a-[^\"]+)\"").Groups[1].Value);
        Assert.Contains("DP3 2 tahun terakhir", loketA, StringComparison.Ordinal);
        Assert.Contains("KP Reguler Otomatis (KPO):", loketA, StringComparison.Ordinal);
        Assert.Contains("Penanganan pengaduan, saran dan masukan", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_and_detail_pages_have_navigation_breadcrumbs_share_links_and_no_third_party_assets()
    {
        var home = await _visitor.GetStringAsync("/");
        Assert.Contains("Berita terbaru", home, StringComparison.Ordinal);
        Assert.Contains("30.245 Pengguna Aktif SAPK", home, StringComparison.Ordinal);
        Assert.Contains("Loket F", home, StringComparison.Ordinal);
        Assert.Contains("021-80882815", home, StringComparison.Ordinal);
        Assert.Contains("action=\"/cari\"", home, StringComparison.Ordinal);

        var detail = await _visitor.GetStringAsync("/berita/helpdesk-sscn-bantu-pelamar-cpns-atasi-kendala-pendaftaran");
        Assert.Contains("aria-label=\"Remah roti\"", detail, StringComparison.Ordinal);
        Assert.Contains("href=\"/berita\">Berita</a>", detail, StringComparison.Ordinal);
        Assert.Contains("https://wa.me/?text=", detail, StringComparison.Ordinal);
        Assert.Contains("class=\"skip-link\"", detail, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"id\">", detail, StringComparison.Ordinal);
        Assert.Contains("Berita lainnya", detail, StringComparison.Ordinal);

        // Scripts, styles and images are all served by the site itself.
        foreach (Match asset in AssetRegex().Matches(home + detail))
        {
            Assert.StartsWith("/", asset.Groups[1].Value, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Rss_feeds_list_the_newest_items_with_absolute_links()
    {
        var news = XDocument.Parse(await _visitor.GetStringAsync("/berita/rss.xml"));
        Assert.Equal("2.0", news.Root!.Attribute("version")!.Value);
        var items = news.Descendants("item").ToList();
        Assert.Equal(8, items.Count);
        Assert.Equal("30.245 Pengguna Aktif SAPK di Instansi Pusat dan Daerah", items[0].Element("title")!.Value);
        Assert.All(items, i => Assert.StartsWith(BaseUrl + "/berita/", i.Element("link")!.Value, StringComparison.Ordinal));
        Assert.All(items, i => Assert.True(DateTimeOffset.TryParse(i.Element("pubDate")!.Value, out _)));

        var regulations = XDocument.Parse(await _visitor.GetStringAsync("/peraturan/rss.xml"));
        Assert.Equal(7, regulations.Descendants("item").Count());
        Assert.Contains(regulations.Descendants("link"), l => l.Value == BaseUrl + "/peraturan/perka-bkn-16-2016");
    }

    [Fact]
    public async Task Sitemap_lists_every_published_page_and_robots_points_to_it()
    {
        var sitemap = XDocument.Parse(await _visitor.GetStringAsync("/sitemap.xml"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = sitemap.Descendants(ns + "loc").Select(l => l.Value).ToList();
        Assert.Contains(BaseUrl + "/", locations);
        Assert.Contains(BaseUrl + "/tentang-bkn", locations);
        Assert.Contains(BaseUrl + "/peraturan/perka-bkn-12-2012", locations);
        Assert.Contains(BaseUrl + "/informasi-publik", locations);
        Assert.Equal(8 + 4 + 7 + 8 + 6, locations.Count(l => Regex.IsMatch(l, "/(berita|siaran-pers|peraturan|informasi-publik|layanan)/")));

        var robots = await _visitor.GetStringAsync("/robots.txt");
        Assert.Contains("Sitemap: " + BaseUrl + "/sitemap.xml", robots, StringComparison.Ordinal);
        Assert.Contains("Disallow: /admin", robots, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Jdihn_feed_is_public_and_has_the_national_network_keys()
    {
        string[] keys =
        [
            "idData", "tahun_pengundangan", "tanggal_pengundangan", "jenis", "noPeraturan", "judul", "noPanggil", "singkatanJenis",
            "tempatTerbit", "penerbit", "deskripsiFisik", "sumber", "subjek", "isbn", "status", "bahasa", "bidangHukum", "teuBadan",
            "nomorIndukBuku", "fileDownload", "urlDownload", "urlDetailPeraturan", "operasi", "display",
        ];
        var response = await host.Factory.CreateClient().GetAsync("/api/jdihn");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(7, rows.Count);
        foreach (var row in rows)
        {
            Assert.Equal(keys.Order(), row.EnumerateObject().Select(p => p.Name).Order());
            Assert.Equal("4", row.GetProperty("operasi").GetString());
            Assert.Equal("1", row.GetProperty("display").GetString());
            Assert.Equal("-", row.GetProperty("isbn").GetString());
            Assert.StartsWith(BaseUrl + "/peraturan/", row.GetProperty("urlDetailPeraturan").GetString(), StringComparison.Ordinal);
            Assert.Matches("^(-|\\d{4}-\\d{2}-\\d{2})$", row.GetProperty("tanggal_pengundangan").GetString());
        }

        var perka26 = rows.Single(r => r.GetProperty("noPeraturan").GetString() == "26");
        Assert.Equal("2013", perka26.GetProperty("tahun_pengundangan").GetString());
        Assert.Equal("Peraturan Kepala BKN", perka26.GetProperty("jenis").GetString());
        Assert.Equal("Perka BKN", perka26.GetProperty("singkatanJenis").GetString());
        Assert.Equal("Berlaku", perka26.GetProperty("status").GetString());
        var perka19 = rows.Single(r => r.GetProperty("noPeraturan").GetString() == "19");
        Assert.Equal("Diubah", perka19.GetProperty("status").GetString());

        // Its source is confirmed, its promulgation day is not: "-", never the enactment date (17 July 2014).
        Assert.Equal("Berita Negara Republik Indonesia Tahun 2014 Nomor 998", perka19.GetProperty("sumber").GetString());
        Assert.Equal("-", perka19.GetProperty("tanggal_pengundangan").GetString());
        Assert.Equal("-", perka26.GetProperty("sumber").GetString());
    }

    [Fact]
    public async Task The_api_guard_opens_only_endpoints_marked_as_public_feeds()
    {
        var anonymous = host.Factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/api/jdihn")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/content")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/contoh-anonim")).StatusCode);
    }

    private static List<string> Titles(string html) =>
        [.. TitleRegex().Matches(html).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value))];

    [GeneratedRegex("<h2><a href=\"/[^\"]+\">([^<]+)</a></h2>")]
    private static partial Regex TitleRegex();

    [GeneratedRegex("(?:src|href)=\"([^\"]+\\.(?:js|css|png|jpg|svg|woff2?)(?:\\?[^\"]*)?)\"")]
    private static partial Regex AssetRegex();

    /// <summary>One host for the read-only tests, with the public address configured.</summary>
    public sealed class Host : IAsyncLifetime
    {
        public CmsFactory Factory { get; } = new(settings: new() { ["App:BaseUrl"] = BaseUrl });

        public Task InitializeAsync()
        {
            _ = Factory.Server;
            return Task.CompletedTask;
        }

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }
}
