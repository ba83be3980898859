using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Bkn.Cms.ContentManagement;
using Bkn.Cms.Recipes;
using Bkn.Cms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Integration;

/// <summary>Field types come from one registry (ContentFieldDescriptor), like parts: a new one needs no edit of the engine.</summary>
public sealed class ContentFieldRegistryTests
{
    private const string UlasanType = """
        { "name": "ulasan", "steps": [ { "name": "ContentDefinition", "types": [ { "name": "Ulasan", "displayName": "Ulasan",
          "parts": [ { "name": "TitlePart" }, { "name": "Ulasan", "fields": [ { "name": "Nilai", "fieldType": "RatingField", "displayName": "Nilai" } ] } ] } ] } ] }
        """;

    [Fact]
    public async Task A_registered_field_type_is_offered_by_the_type_editor_accepted_by_recipes_and_validated_by_its_kind()
    {
        await using var factory = new CmsFactory(services: s =>
            s.AddSingleton(new ContentFieldDescriptor("RatingField", "Value", ContentFieldValueKind.Number) { EditorView = "Fields/NumericField.Edit" }));
        var browser = factory.CreateBrowser();
        await browser.SignInAsAdminAsync();

        Assert.Contains("<option value=\"RatingField\"", await browser.GetStringAsync("/admin/tipe-konten/baru"), StringComparison.Ordinal);

        await RunAsync(factory, UlasanType);
        Assert.Contains("name=\"Ulasan.Nilai.Value\"", await browser.GetStringAsync("/admin/konten/baru/Ulasan"), StringComparison.Ordinal);

        var api = await FeatureGatingTests.ApiAsync(factory);
        var bad = await api.PostAsJsonAsync("/api/content", new JsonObject
        {
            ["ContentType"] = "Ulasan",
            ["TitlePart"] = new JsonObject { ["Title"] = "Layanan PKT" },
            ["Ulasan"] = new JsonObject { ["Nilai"] = new JsonObject { ["Value"] = "lima" } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("Nilai harus berupa angka.", (await bad.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["Ulasan.Nilai.Value"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unknown_field_type_in_a_recipe_is_refused_with_the_types_that_exist()
    {
        await using var factory = new CmsFactory();
        _ = factory.Server;

        var ex = await Assert.ThrowsAsync<RecipeException>(() => RunAsync(factory, UlasanType.Replace("RatingField", "WarnaField", StringComparison.Ordinal)));

        Assert.Contains("Langkah 1 (ContentDefinition)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("jenis isian 'WarnaField' pada 'Nilai' tidak dikenal", ex.Message, StringComparison.Ordinal);
        Assert.Contains("jenis yang tersedia: TextField, MultiTextField, NumericField", ex.Message, StringComparison.Ordinal);
    }

    private static async Task RunAsync(CmsFactory factory, string json)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), CancellationToken.None);
    }
}
