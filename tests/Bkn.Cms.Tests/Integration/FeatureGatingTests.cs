using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bkn.Cms.Tests.Fixtures;
using Bkn.Cms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Integration;

public sealed class FeatureGatingTests
{
    [Fact]
    public async Task The_feature_api_lists_every_feature_with_its_state_and_dependencies()
    {
        await using var factory = new CmsFactory();
        var api = await ApiAsync(factory);

        var features = await api.GetFromJsonAsync<JsonElement[]>("/api/features");

        var unitFeature = features!.Single(f => f.GetProperty("id").GetString() == "Test.Sample.Unit");
        Assert.False(unitFeature.GetProperty("enabled").GetBoolean());
        Assert.True(unitFeature.GetProperty("unitScoped").GetBoolean());
        Assert.Equal("Test.Sample", unitFeature.GetProperty("dependencies")[0].GetString());
        Assert.True(features!.Single(f => f.GetProperty("id").GetString() == "Bkn.Cms.Users").GetProperty("enabled").GetBoolean());
    }

    [Fact]
    public async Task Enabling_a_feature_enables_its_dependencies_and_disabling_disables_its_dependents()
    {
        await using var factory = new CmsFactory();
        var api = await ApiAsync(factory);

        var enabled = await ChangesAsync(await api.PostAsync("/api/features/Test.Sample.Unit/enable", null));
        Assert.Equal(["Test.Sample", "Test.Sample.Unit"], enabled.Select(c => c.Id).Order(StringComparer.Ordinal));
        Assert.All(enabled, c => Assert.True(c.Enabled));

        var disabled = await ChangesAsync(await api.PostAsync("/api/features/Test.Sample/disable", null));
        Assert.Equal(["Test.Sample.Unit", "Test.Sample"], disabled.Select(c => c.Id));

        var again = await ChangesAsync(await api.PostAsync("/api/features/Test.Sample/disable", null));
        Assert.Empty(again);
    }

    [Fact]
    public async Task Always_enabled_and_unknown_features_are_refused_with_a_clear_message()
    {
        await using var factory = new CmsFactory();
        var api = await ApiAsync(factory);

        var locked = await api.PostAsync("/api/features/Bkn.Cms.Users/disable", null);
        Assert.Equal(HttpStatusCode.Conflict, locked.StatusCode);
        Assert.Contains("selalu aktif", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var unknown = await api.PostAsync("/api/features/Tidak.Ada/enable", null);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task A_disabled_feature_answers_404_hides_its_menu_and_stops_its_background_work()
    {
        await using var factory = new CmsFactory();
        var api = await ApiAsync(factory);
        var browser = factory.CreateBrowser();
        await browser.SignInAsAdminAsync();
        var counter = factory.Services.GetRequiredService<SampleCounter>();

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/admin/contoh")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/contoh-publik")).StatusCode);
        Assert.DoesNotContain("/admin/contoh", await browser.GetStringAsync("/admin"), StringComparison.Ordinal);
        Assert.Equal(0, counter.Runs);

        await api.PostAsync("/api/features/Test.Sample/enable", null);
        Assert.Equal("contoh-admin", await browser.GetStringAsync("/admin/contoh"));
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/contoh")).StatusCode);
        Assert.Equal("contoh-publik", await browser.GetStringAsync("/contoh-publik"));
        Assert.Contains("href=\"/admin/contoh\"", await browser.GetStringAsync("/admin"), StringComparison.Ordinal);
        await Eventually.TrueAsync(() => Task.FromResult(counter.Runs > 0), TimeSpan.FromSeconds(10), "the background task runs while its feature is on");

        await api.PostAsync("/api/features/Test.Sample/disable", null);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/admin/contoh")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync("/api/contoh")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/contoh-publik")).StatusCode);
        Assert.DoesNotContain("/admin/contoh", await browser.GetStringAsync("/admin"), StringComparison.Ordinal);

        // Let a tick that had already started finish, then the count must stand still.
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var stopped = counter.Runs;
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        Assert.Equal(stopped, counter.Runs);
    }

    [Fact]
    public async Task The_features_page_asks_for_confirmation_listing_every_feature_that_will_change()
    {
        await using var factory = new CmsFactory();
        var browser = factory.CreateBrowser();
        await browser.SignInAsAdminAsync();

        var confirm = await browser.GetStringAsync("/admin/fitur/Test.Sample.Unit/aktifkan");
        Assert.Contains("Fitur berikut akan diaktifkan:", confirm, StringComparison.Ordinal);
        Assert.Contains("Test.Sample<", confirm, StringComparison.Ordinal);
        Assert.Contains("Test.Sample.Unit<", confirm, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/admin/contoh")).StatusCode);

        var applied = await browser.PostFormAsync("/admin/fitur/Test.Sample.Unit/aktifkan", "/admin/fitur/Test.Sample.Unit/aktifkan", []);
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        Assert.Contains("Fitur diperbarui", await browser.GetStringAsync("/admin/fitur"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/admin/contoh")).StatusCode);
    }

    internal static async Task<HttpClient> ApiAsync(CmsFactory factory)
    {
        var client = factory.CreateClient();
        client.UseBearer(await client.TokenAsync("admin", CmsFactory.AdminPassword));
        return client;
    }

    private static async Task<List<(string Id, bool Enabled)>> ChangesAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement[]>();
        return [.. json!.Select(e => (e.GetProperty("id").GetString()!, e.GetProperty("enabled").GetBoolean()))];
    }
}
