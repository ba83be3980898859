using System.Net;
using Bkn.Cms.Recipes;
using Bkn.Cms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Integration;

public sealed class ContentExportTests
{
    [Fact]
    public async Task Selected_items_exported_as_a_recipe_can_be_imported_on_another_installation()
    {
        await using var source = new CmsFactory();
        var api = await FeatureGatingTests.ApiAsync(source);
        var humas = await UnitFeatureTests.UnitIdAsync(source, "BIRO-HUMAS");
        var created = await ContentTests.CreateAsync(api, "Penghargaan PR Indonesia 2017", "BKN menerima penghargaan.", humas);
        var id = created["ContentItemId"]!.GetValue<string>();
        await api.PostAsync($"/api/content/{id}/publish", null);
        var browser = source.CreateBrowser();
        await browser.SignInAsAdminAsync();

        var export = await browser.PostFormAsync("/admin/konten", "/admin/konten/massal", new() { ["operation"] = "ekspor", ["ids"] = id });
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/json", export.Content.Headers.ContentType!.MediaType);
        var recipe = await export.Content.ReadAsStreamAsync();

        await using var target = new CmsFactory();
        _ = target.Server;
        await using (var scope = target.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteAsync(recipe, CancellationToken.None);
        }

        var page = await target.CreateBrowser().GetStringAsync("/penghargaan-pr-indonesia-2017");
        Assert.Contains("BKN menerima penghargaan.", page, StringComparison.Ordinal);
        var targetApi = await FeatureGatingTests.ApiAsync(target);
        var imported = await targetApi.GetStringAsync($"/api/content/{id}");
        Assert.Contains((await UnitFeatureTests.UnitIdAsync(target, "BIRO-HUMAS")).ToString(), imported, StringComparison.Ordinal);
    }
}
