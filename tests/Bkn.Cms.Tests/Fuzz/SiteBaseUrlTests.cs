using System.Diagnostics;
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
        var webDll = typeof(Program).Assembly.Location;
        var dataPath = Path.Combine(Path.GetTempPath(), "bkn-tests", Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo("dotnet", [webDll])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = Path.GetDirectoryName(webDll)!,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = Environments.Production;
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["App__DataPath"] = dataPath;
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment.Remove("App__BaseUrl");
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);

        Assert.NotEqual(0, process.ExitCode);
        Assert.Contains("App:BaseUrl wajib diisi", await stderr, StringComparison.Ordinal);
        _ = await stdout;
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
