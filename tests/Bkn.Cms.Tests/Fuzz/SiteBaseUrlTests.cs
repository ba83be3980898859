using Bkn.Cms.Hosting;
using Bkn.Cms.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace Bkn.Cms.Tests.Fuzz;

/// <summary>Issue 20 item 11: the Host header a client sends never becomes the site's address in links and feeds.</summary>
public sealed class SiteBaseUrlTests
{
    [Fact]
    public void Outside_development_the_start_is_refused_without_a_base_url_naming_the_key()
    {
        var error = Assert.Throws<InvalidOperationException>(() => SiteBaseUrl.Validate(Configuration(null), Environment(Environments.Production)));
        Assert.Contains(SiteBaseUrl.Key, error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => SiteBaseUrl.Validate(Configuration("  "), Environment(Environments.Staging)));

        SiteBaseUrl.Validate(Configuration(null), Environment(Environments.Development)); // local runs use the request's host
        SiteBaseUrl.Validate(Configuration("https://www.bkn.go.id"), Environment(Environments.Production));
    }

    [Fact]
    public async Task A_production_host_without_a_base_url_exits_non_zero_naming_the_key()
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "bkn-tests", Guid.NewGuid().ToString("N"));
        var (exitCode, error) = await HostProcess.RunUntilExitAsync(new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = Environments.Production,
            ["App__DataPath"] = dataPath,
            ["Database__Provider"] = "Sqlite",
            ["App__BaseUrl"] = null,
        });

        Assert.NotEqual(0, exitCode);
        Assert.Contains("App:BaseUrl wajib diisi", error, StringComparison.Ordinal);
        try
        {
            Directory.Delete(dataPath, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Refused before the data folder was used.
        }
    }

    [Theory]
    [InlineData("www.bkn.go.id")]
    [InlineData("ftp://www.bkn.go.id")]
    [InlineData("https://www.bkn.go.id/?x=1")]
    [InlineData("/relatif")]
    public void A_base_url_that_is_not_an_absolute_http_address_stops_the_start_with_its_value(string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => SiteBaseUrl.Validate(Configuration(value), Environment(Environments.Development)));
        Assert.Contains(value, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forged_host_header_never_appears_in_canonical_links_feeds_the_sitemap_or_jdihn()
    {
        await using var factory = new CmsFactory(settings: new() { ["environment"] = Environments.Production, [SiteBaseUrl.Key] = "https://www.bkn.go.id" });
        var forged = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://penyerang.example/") });

        foreach (var url in new[] { "/", "/berita", "/cari?q=pangkat", "/helpdesk", "/berita/rss.xml", "/peraturan/rss.xml", "/sitemap.xml", "/robots.txt", "/api/jdihn" })
        {
            var response = await forged.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}");
            Assert.DoesNotContain("penyerang.example", body, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("<link rel=\"canonical\" href=\"https://www.bkn.go.id/berita\"", await forged.GetStringAsync("/berita"), StringComparison.Ordinal);
        Assert.Contains("https://www.bkn.go.id/", await forged.GetStringAsync("/sitemap.xml"), StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(string? baseUrl) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [SiteBaseUrl.Key] = baseUrl }).Build();

    private static IHostEnvironment Environment(string name) => new TestEnvironment { EnvironmentName = name };

    private sealed class TestEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;

        public string ApplicationName { get; set; } = "Bkn.Cms.Tests";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
