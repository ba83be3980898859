using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bkn.Cms.Tests.Infrastructure;

namespace Bkn.Cms.Tests.Integration;

public sealed class SeoTests
{
    [Fact]
    public async Task A_page_carries_its_description_canonical_url_and_preview_image_on_the_configured_site_address()
    {
        await using var factory = new CmsFactory(settings: new() { ["App:BaseUrl"] = "https://www.bkn.go.id" });
        var api = await FeatureGatingTests.ApiAsync(factory);
        var response = await api.PostAsJsonAsync("/api/content", new JsonObject
        {
            ["ContentType"] = "Halaman",
            ["TitlePart"] = new JsonObject { ["Title"] = "Integrasi Web Service" },
            ["SeoPart"] = new JsonObject { ["MetaDescription"] = "Instansi yang terhubung ke web service BKN.", ["OpenGraphImage"] = "/media/berita/ws.png" },
        });
        var created = await response.Content.ReadFromJsonAsync<JsonObject>();
        await api.PostAsync($"/api/content/{created!["ContentItemId"]}/publish", null);

        var page = await factory.CreateClient().GetStringAsync("/integrasi-web-service");

        Assert.Contains("<meta name=\"description\" content=\"Instansi yang terhubung ke web service BKN.\" />", page, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"canonical\" href=\"https://www.bkn.go.id/integrasi-web-service\" />", page, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:image\" content=\"https://www.bkn.go.id/media/berita/ws.png\" />", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_preview_image_from_an_arbitrary_address_is_refused()
    {
        await using var factory = new CmsFactory();
        var api = await FeatureGatingTests.ApiAsync(factory);

        var response = await api.PostAsJsonAsync("/api/content", new JsonObject
        {
            ["ContentType"] = "Halaman",
            ["TitlePart"] = new JsonObject { ["Title"] = "Pelacak" },
            ["SeoPart"] = new JsonObject { ["OpenGraphImage"] = "http://pelacak.example/x.gif" },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("SeoPart.OpenGraphImage", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
