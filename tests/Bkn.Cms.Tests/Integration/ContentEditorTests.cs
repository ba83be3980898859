using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bkn.Cms.ContentManagement;
using Bkn.Cms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Integration;

/// <summary>The content editor built from part and field editors: enumerations, pickers and attachments.</summary>
public sealed class ContentEditorTests
{
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();

    private static async Task DefineRegulationTypeAsync(CmsFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IContentDefinitionStore>();
        await store.SaveTypeAsync(
            new ContentTypeDefinition("UjiPeraturan", "Uji Peraturan", new ContentTypeSettings { Creatable = true, Listable = true, Draftable = true, Versionable = true },
            [
                new ContentTypePartDefinition("TitlePart", "TitlePart", []),
                new ContentTypePartDefinition("AutoroutePart", "AutoroutePart", []),
                new ContentTypePartDefinition("AttachmentsPart", "AttachmentsPart", []) { Settings = new JsonObject { ["Accept"] = new JsonArray("pdf") } },
                new ContentTypePartDefinition("UjiPeraturan", "UjiPeraturan",
                [
                    new ContentFieldDefinition("Status", "EnumerationField", "Status") { Required = true, Settings = new JsonObject { ["Options"] = new JsonArray("berlaku", "dicabut") } },
                    new ContentFieldDefinition("Mencabut", "ContentPickerField", "Mencabut") { Settings = new JsonObject { ["DisplayedContentTypes"] = new JsonArray("UjiPeraturan"), ["Multiple"] = true } },
                ]),
            ]),
            CancellationToken.None);
    }

    private static async Task<HttpResponseMessage> PostMultipartAsync(HttpClient browser, string url, Dictionary<string, string> fields, (string Name, string FileName, byte[] Bytes)? file = null)
    {
        var token = await browser.AntiforgeryTokenAsync(url);
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (key, value) in fields)
        {
            form.Add(new StringContent(value), key);
        }

        if (file is { } f)
        {
            form.Add(new ByteArrayContent(f.Bytes), f.Name, f.FileName);
        }

        return await browser.PostAsync(url, form);
    }

    [Fact]
    public async Task An_enumeration_offers_its_options_and_refuses_a_value_outside_them()
    {
        await using var factory = new CmsFactory();
        await DefineRegulationTypeAsync(factory);
        var browser = factory.CreateBrowser();
        await browser.SignInAsAdminAsync();

        var form = await browser.GetStringAsync("/admin/konten/baru/UjiPeraturan");
        Assert.Contains("<option value=\"dicabut\"", form, StringComparison.Ordinal);
        Assert.Contains("name=\"AttachmentsPart:Upload\"", form, StringComparison.Ordinal);

        var refused = await browser.PostFormAsync("/admin/konten/baru/UjiPeraturan", "/admin/konten/baru/UjiPeraturan", new()
        {
            ["TitlePart.Title"] = "Perka 1/2013",
            ["UjiPeraturan.Status.Value"] = "dibekukan",
            ["submit"] = "simpan",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Pilihan dibekukan tidak dikenal untuk Status.", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var missing = await browser.PostFormAsync("/admin/konten/baru/UjiPeraturan", "/admin/konten/baru/UjiPeraturan", new()
        {
            ["TitlePart.Title"] = "Perka 1/2013",
            ["UjiPeraturan.Status.Value"] = "",
            ["submit"] = "simpan",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, missing.StatusCode);
        Assert.Contains("Status wajib diisi.", WebUtility.HtmlDecode(await missing.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_content_picker_links_items_of_its_types_and_refuses_others()
    {
        await using var factory = new CmsFactory();
        await DefineRegulationTypeAsync(factory);
        var browser = factory.CreateBrowser();
        await browser.SignInAsAdminAsync();

        var old = await browser.PostFormAsync("/admin/konten/baru/UjiPeraturan", "/admin/konten/baru/UjiPeraturan", new()
        {
            ["TitlePart.Title"] = "Perka 9/2011",
            ["UjiPeraturan.Status.Value"] = "dicabut",
            ["submit"] = "simpan",
        });
        Assert.Equal(HttpStatusCode.Redirect, old.StatusCode);
        var oldId = old.Headers.Location!.OriginalString.Split('/')[^1];

        var form = await browser.GetStringAsync("/admin/konten/baru/UjiPeraturan");
        Assert.Contains($"<option value=\"{oldId}\">Perka 9/2011</option>", form, StringComparison.Ordinal);

        // A page is not a regulation: picking it is refused and nothing is saved.
        var api = await FeatureGatingTests.ApiAsync(factory);
        var pages = await api.GetFromJsonAsync<JsonObject>("/api/content?type=Halaman");
        var pageId = pages!["items"]![0]!["ContentItemId"]!.GetValue<string>();
        using (var content = new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", await browser.AntiforgeryTokenAsync("/admin/konten/baru/UjiPeraturan")),
            new("TitlePart.Title", "Perka 2/2013"),
            new("UjiPeraturan.Status.Value", "berlaku"),
            new("UjiPeraturan.Mencabut.ContentItemIds[]", pageId),
            new("submit", "simpan"),
        ]))
        {
            var refused = await browser.PostAsync("/admin/konten/baru/UjiPeraturan", content);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Contains("Mencabut memuat konten yang tidak ada atau tidak boleh dipilih.", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        var saved = await browser.PostFormAsync("/admin/konten/baru/UjiPeraturan", "/admin/konten/baru/UjiPeraturan", new()
        {
            ["TitlePart.Title"] = "Perka 2/2013",
            ["UjiPeraturan.Status.Value"] = "berlaku",
            ["UjiPeraturan.Mencabut.ContentItemIds[]"] = oldId,
            ["submit"] = "simpan",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = saved.Headers.Location!.OriginalString.Split('/')[^1];
        var item = await api.GetFromJsonAsync<JsonObject>($"/api/content/{id}");
        Assert.Equal([oldId], item!["UjiPeraturan"]!["Mencabut"]!["ContentItemIds"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal("berlaku", item["UjiPeraturan"]!["Status"]!["Value"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_attached_pdf_is_served_from_the_public_page_and_a_disguised_file_is_refused()
    {
        await using var factory = new CmsFactory();
        await DefineRegulationTypeAsync(factory);
        var browser = factory.CreateBrowser();
        await browser.SignInAsAdminAsync();
        var fields = new Dictionary<string, string>
        {
            ["TitlePart.Title"] = "Perka 25/2013",
            ["UjiPeraturan.Status.Value"] = "berlaku",
            ["AttachmentsPart:Present"] = "1",
            ["submit"] = "terbitkan",
        };

        // An HTML page named .pdf: refused by content, and no item is created.
        var disguised = await PostMultipartAsync(browser, "/admin/konten/baru/UjiPeraturan", fields, ("AttachmentsPart:Upload", "perka.pdf", "<html><script>alert(1)</script></html>"u8.ToArray()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, disguised.StatusCode);
        Assert.Contains("perka.pdf: jenis berkas tidak diterima. Unggah dokumen PDF.", WebUtility.HtmlDecode(await disguised.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var api = await FeatureGatingTests.ApiAsync(factory);
        Assert.Empty((await api.GetFromJsonAsync<JsonObject>("/api/content?type=UjiPeraturan"))!["items"]!.AsArray());

        var saved = await PostMultipartAsync(browser, "/admin/konten/baru/UjiPeraturan", fields, ("AttachmentsPart:Upload", "Perka 25 Tahun 2013.pdf", Pdf));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = saved.Headers.Location!.OriginalString.Split('/')[^1];
        var item = await api.GetFromJsonAsync<JsonObject>($"/api/content/{id}");
        var file = item!["AttachmentsPart"]!["Files"]![0]!;
        Assert.Equal("application/pdf", file["MediaType"]!.GetValue<string>());
        var path = file["Path"]!.GetValue<string>();
        Assert.StartsWith("lampiran/", path, StringComparison.Ordinal);

        var anonymous = factory.CreateClient();
        var page = await anonymous.GetStringAsync("/" + item["AutoroutePart"]!["Path"]!.GetValue<string>());
        Assert.Contains($"href=\"/media/{path}\"", page, StringComparison.Ordinal);
        var download = await anonymous.GetAsync("/media/" + path);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());

        // Renaming the link and removing the file through the editor.
        var edit = await browser.GetStringAsync($"/admin/konten/{id}");
        var version = System.Text.RegularExpressions.Regex.Match(edit, "name=\"contentItemVersionId\" value=\"([a-z0-9]+)\"").Groups[1].Value;
        var renamed = await PostMultipartAsync(browser, $"/admin/konten/{id}", new()
        {
            ["contentItemVersionId"] = version,
            ["TitlePart.Title"] = "Perka 25/2013",
            ["UjiPeraturan.Status.Value"] = "berlaku",
            ["AttachmentsPart:Present"] = "1",
            ["AttachmentsPart:Path"] = path,
            ["AttachmentsPart:Title"] = "Salinan resmi (PDF)",
            ["submit"] = "terbitkan",
        });
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Contains("Salinan resmi (PDF)", await anonymous.GetStringAsync("/" + item["AutoroutePart"]!["Path"]!.GetValue<string>()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_a_type_in_the_admin_keeps_the_choices_of_its_enumeration()
    {
        await using var factory = new CmsFactory();
        var browser = factory.CreateBrowser();
        await browser.SignInAsAdminAsync();
        var created = await browser.PostFormAsync("/admin/tipe-konten/baru", "/admin/tipe-konten/baru", new()
        {
            ["DisplayName"] = "Pengumuman",
            ["Name"] = "Pengumuman",
            ["Parts"] = "TitlePart",
            ["Creatable"] = "true",
            ["Listable"] = "true",
            ["Fields[0].Name"] = "Sifat",
            ["Fields[0].DisplayName"] = "Sifat",
            ["Fields[0].FieldType"] = "EnumerationField",
            ["Fields[0].Options"] = "biasa; segera",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var edit = await browser.GetStringAsync("/admin/tipe-konten/Pengumuman");
        Assert.Contains("value=\"biasa; segera\"", edit, StringComparison.Ordinal);

        var form = await browser.GetStringAsync("/admin/konten/baru/Pengumuman");
        Assert.Contains("<option value=\"segera\"", form, StringComparison.Ordinal);

        var refused = await browser.PostFormAsync("/admin/tipe-konten/baru", "/admin/tipe-konten/baru", new()
        {
            ["DisplayName"] = "Tanpa Pilihan",
            ["Name"] = "TanpaPilihan",
            ["Parts"] = "TitlePart",
            ["Fields[0].Name"] = "Sifat",
            ["Fields[0].FieldType"] = "EnumerationField",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
    }
}
