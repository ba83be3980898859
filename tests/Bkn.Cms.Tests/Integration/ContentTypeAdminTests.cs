using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bkn.Cms.Tests.Infrastructure;

namespace Bkn.Cms.Tests.Integration;

public sealed class ContentTypeAdminTests
{
    [Fact]
    public async Task An_administrator_defines_a_type_with_fields_and_its_items_are_validated_by_them()
    {
        await using var factory = new CmsFactory();
        var browser = factory.CreateBrowser();
        await browser.SignInAsAdminAsync();

        var saved = await browser.PostFormAsync("/admin/tipe-konten/baru", "/admin/tipe-konten/baru", new()
        {
            ["DisplayName"] = "Pengumuman",
            ["Name"] = "Pengumuman",
            ["Creatable"] = "true",
            ["Listable"] = "true",
            ["Draftable"] = "true",
            ["Versionable"] = "true",
            ["Parts"] = "TitlePart",
            ["Fields[0].Name"] = "Nomor",
            ["Fields[0].DisplayName"] = "Nomor pengumuman",
            ["Fields[0].FieldType"] = "TextField",
            ["Fields[0].Required"] = "true",
            ["Fields[1].Name"] = "Tautan",
            ["Fields[1].DisplayName"] = "Tautan",
            ["Fields[1].FieldType"] = "LinkField",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Tambah Pengumuman", await browser.GetStringAsync("/admin/konten"), StringComparison.Ordinal);
        Assert.Contains("name=\"Pengumuman.Nomor.Text\"", await browser.GetStringAsync("/admin/konten/baru/Pengumuman"), StringComparison.Ordinal);

        var api = await FeatureGatingTests.ApiAsync(factory);
        var missing = await api.PostAsJsonAsync("/api/content", new JsonObject
        {
            ["ContentType"] = "Pengumuman",
            ["TitlePart"] = new JsonObject { ["Title"] = "Seleksi CPNS" },
            ["Pengumuman"] = new JsonObject { ["Tautan"] = new JsonObject { ["Url"] = "javascript:alert(1)" } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var errors = (await missing.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!;
        Assert.Equal("Nomor pengumuman wajib diisi.", errors["Pengumuman.Nomor.Text"]![0]!.GetValue<string>());
        Assert.Contains("http://", errors["Pengumuman.Tautan.Url"]![0]!.GetValue<string>(), StringComparison.Ordinal);

        var ok = await api.PostAsJsonAsync("/api/content", new JsonObject
        {
            ["ContentType"] = "Pengumuman",
            ["TitlePart"] = new JsonObject { ["Title"] = "Seleksi CPNS" },
            ["Pengumuman"] = new JsonObject { ["Nomor"] = new JsonObject { ["Text"] = "01/PENG/2017" }, ["Tautan"] = new JsonObject { ["Url"] = "https://sscn.bkn.go.id" } },
        });
        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
    }

    [Fact]
    public async Task A_bad_type_name_is_refused_with_a_reason_and_nothing_is_stored()
    {
        await using var factory = new CmsFactory();
        var browser = factory.CreateBrowser();
        await browser.SignInAsAdminAsync();

        var response = await browser.PostFormAsync("/admin/tipe-konten/baru", "/admin/tipe-konten/baru", new()
        {
            ["DisplayName"] = "Rusak",
            ["Name"] = "rusak tipe",
            ["Parts"] = "TitlePart",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Nama teknis harus diawali huruf besar", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.DoesNotContain("rusak tipe", await browser.GetStringAsync("/admin/tipe-konten"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_versions_are_compared_side_by_side_with_the_changed_rows_marked()
    {
        await using var factory = new CmsFactory();
        var api = await FeatureGatingTests.ApiAsync(factory);
        var created = await ContentTests.CreateAsync(api, "Visi dan Misi", "Visi lama.");
        var id = created["ContentItemId"]!.GetValue<string>();
        var saved = await api.PutAsJsonAsync($"/api/content/{id}", new JsonObject
        {
            ["ContentItemVersionId"] = created["ContentItemVersionId"]!.GetValue<string>(),
            ["BodyPart"] = new JsonObject { ["Body"] = "Visi baru.", ["Format"] = "markdown" },
        });
        Assert.True(saved.IsSuccessStatusCode, $"{(int)saved.StatusCode}: {await saved.Content.ReadAsStringAsync()}");
        var browser = factory.CreateBrowser();
        await browser.SignInAsAdminAsync();

        var page = await browser.GetStringAsync($"/admin/konten/{id}/bandingkan");

        Assert.Contains("1 baris berubah.", page, StringComparison.Ordinal);
        var changedRow = page[page.IndexOf("<tr class=\"changed\">", StringComparison.Ordinal)..];
        Assert.Contains("BodyPart.Body", changedRow, StringComparison.Ordinal);
        Assert.Contains("Visi lama.", changedRow, StringComparison.Ordinal);
        Assert.Contains("Visi baru.", changedRow, StringComparison.Ordinal);
    }
}
