using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bkn.Cms.Contents.Indexes;
using Bkn.Cms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Integration;

public sealed class TaxonomyTests
{
    [Fact]
    public async Task Terms_typed_as_indented_lines_become_a_tree_that_keeps_its_ids_when_edited()
    {
        await using var factory = new CmsFactory();
        var browser = factory.CreateBrowser();
        await browser.SignInAsAdminAsync();
        var humas = (await UnitFeatureTests.UnitIdAsync(factory, "BIRO-HUMAS")).ToString();

        var saved = await browser.PostFormAsync("/admin/konten/baru/Taksonomi", "/admin/konten/baru/Taksonomi", new()
        {
            ["TitlePart.Title"] = "Jenis Peraturan",
            ["TaxonomyPart.TermsText"] = "Peraturan Kepala BKN\n- Organisasi\n- Kepangkatan\nKeputusan Kepala BKN",
            ["unitId"] = humas,
            ["submit"] = "terbitkan",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = saved.Headers.Location!.OriginalString.Split('/')[^1];
        var api = await FeatureGatingTests.ApiAsync(factory);
        var first = await api.GetFromJsonAsync<JsonObject>($"/api/content/{id}");
        var terms = first!["TaxonomyPart"]!["Terms"]!.AsArray();
        Assert.Equal(["Peraturan Kepala BKN", "Keputusan Kepala BKN"], terms.Select(t => t!["Name"]!.GetValue<string>()));
        Assert.Equal(["Organisasi", "Kepangkatan"], terms[0]!["Children"]!.AsArray().Select(t => t!["Name"]!.GetValue<string>()));
        var kepangkatanId = terms[0]!["Children"]![1]!["Id"]!.GetValue<string>();

        // Reordered and extended: the unchanged term keeps its id.
        var edit = await browser.GetStringAsync($"/admin/konten/{id}");
        var version = System.Text.RegularExpressions.Regex.Match(edit, "name=\"contentItemVersionId\" value=\"([a-z0-9]+)\"").Groups[1].Value;
        await browser.PostFormAsync($"/admin/konten/{id}", $"/admin/konten/{id}", new()
        {
            ["contentItemVersionId"] = version,
            ["TitlePart.Title"] = "Jenis Peraturan",
            ["TaxonomyPart.TermsText"] = "Peraturan Kepala BKN\n- Kepangkatan\n- Organisasi\n- Pensiun\nKeputusan Kepala BKN",
            ["unitId"] = humas,
            ["submit"] = "terbitkan",
        });
        var second = await api.GetFromJsonAsync<JsonObject>($"/api/content/{id}");
        var children = second!["TaxonomyPart"]!["Terms"]![0]!["Children"]!.AsArray();
        Assert.Equal(kepangkatanId, children.Single(t => t!["Name"]!.GetValue<string>() == "Kepangkatan")!["Id"]!.GetValue<string>());
        Assert.Equal(3, children.Count);
    }

    [Fact]
    public async Task An_item_classified_with_a_term_is_indexed_under_it_once_published()
    {
        await using var factory = new CmsFactory();
        var browser = factory.CreateBrowser();
        await browser.SignInAsAdminAsync();
        var form = await browser.GetStringAsync("/admin/konten/baru/Halaman");
        Assert.Contains("value=\"topikbkn000000000000000001:pensiun\"", form, StringComparison.Ordinal);

        var saved = await browser.PostFormAsync("/admin/konten/baru/Halaman", "/admin/konten/baru/Halaman", new()
        {
            ["TitlePart.Title"] = "Pensiun Otomatis",
            ["TermsPart.Terms[]"] = "topikbkn000000000000000001:pensiun",
            ["unitId"] = (await UnitFeatureTests.UnitIdAsync(factory, "BIRO-HUMAS")).ToString(),
            ["submit"] = "terbitkan",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = saved.Headers.Location!.OriginalString.Split('/')[^1];

        await using var scope = factory.Services.CreateAsyncScope();
        var entry = await scope.ServiceProvider.GetRequiredService<DbContext>().Set<TermIndexEntry>().SingleAsync(e => e.ContentItemId == id);
        Assert.Equal("topikbkn000000000000000001", entry.TaxonomyId);
        Assert.Equal("pensiun", entry.TermId);
    }
}
