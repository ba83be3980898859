using System.Net;
using System.Text.Json;
using Bkn.Cms.Data;
using Bkn.Cms.Hosting;
using Bkn.Cms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bkn.Cms.Tests.Integration;

public sealed class OperationsTests(SharedHost host) : IClassFixture<SharedHost>
{
    [Fact]
    public async Task Health_answers_200_with_json_when_the_database_answers()
    {
        var response = await host.Factory.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_database_check_is_unhealthy_when_the_database_does_not_answer()
    {
        var options = new DbContextOptionsBuilder<PostgresCmsDbContext>().UseNpgsql("Host=127.0.0.1;Port=1;Database=nope;Username=x;Password=x;Timeout=2").Options;
        await using var db = new PostgresCmsDbContext(options);

        var result = await new DatabaseHealthCheck(db).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
    }

    [Fact]
    public async Task The_host_exits_non_zero_with_a_clear_message_when_the_database_cannot_be_reached()
    {
        var (exitCode, error) = await HostProcess.RunUntilExitAsync(new Dictionary<string, string?>
        {
            ["Database__Provider"] = "Postgres",
            ["Database__ConnectionString"] = "Host=127.0.0.1;Port=1;Database=nope;Username=x;Password=x;Timeout=2",
            ["App__BaseUrl"] = "http://localhost", // required outside Development, checked before the database
        });

        Assert.NotEqual(0, exitCode);
        Assert.Contains("database tidak dapat dijangkau", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_speak_indonesian_by_default_and_english_on_request()
    {
        var browser = host.Factory.CreateBrowser();

        var indonesian = await browser.GetStringAsync("/");
        Assert.Contains("<html lang=\"id\">", indonesian, StringComparison.Ordinal);
        Assert.Contains("Lewati ke konten utama", indonesian, StringComparison.Ordinal);

        var switched = await browser.GetAsync("/bahasa/en?returnUrl=%2F");
        Assert.Equal("/", switched.Headers.Location!.OriginalString);
        var english = await browser.GetStringAsync("/");
        Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
        Assert.Contains("Skip to main content", english, StringComparison.Ordinal);

        Assert.Equal("/", (await browser.GetAsync("/bahasa/id?returnUrl=https%3A%2F%2Fjahat.example")).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Unknown_pages_get_a_friendly_404_page_while_the_api_keeps_bare_status_codes()
    {
        var client = host.Factory.CreateBrowser();

        var page = await client.GetAsync("/tidak-ada-halaman-ini");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("Halaman tidak ditemukan", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var api = await client.GetAsync("/api/tidak-ada");
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.DoesNotContain("<html", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
