using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bkn.Cms.Tests.Infrastructure;

namespace Bkn.Cms.Tests.Integration;

public sealed class ContentTests
{
    [Fact]
    public async Task A_draft_is_invisible_publicly_until_published_and_a_new_draft_leaves_the_published_version_online()
    {
        await using var factory = new CmsFactory();
        var api = await FeatureGatingTests.ApiAsync(factory);
        var visitor = factory.CreateBrowser();

        var created = await CreateAsync(api, "Program KPO Less Paper", "Kenaikan pangkat otomatis.");
        var id = created["ContentItemId"]!.GetValue<string>();
        Assert.Equal("program-kpo-less-paper", created["AutoroutePart"]!["Path"]!.GetValue<string>());
        Assert.False(created["Published"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/program-kpo-less-paper")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"/api/content/{id}/publish", null)).StatusCode);
        Assert.Contains("Kenaikan pangkat otomatis.", await visitor.GetStringAsync("/program-kpo-less-paper"), StringComparison.Ordinal);

        var draft = await UpdateAsync(api, id, created["ContentItemVersionId"]!.GetValue<string>(), body: "Versi baru yang belum terbit.");
        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        var page = await visitor.GetStringAsync("/program-kpo-less-paper");
        Assert.Contains("Kenaikan pangkat otomatis.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Versi baru", page, StringComparison.Ordinal);

        await api.PostAsync($"/api/content/{id}/publish", null);
        Assert.Contains("Versi baru yang belum terbit.", await visitor.GetStringAsync("/program-kpo-less-paper"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_save_based_on_an_old_version_is_refused_and_the_other_edit_is_kept()
    {
        await using var factory = new CmsFactory();
        var api = await FeatureGatingTests.ApiAsync(factory);
        var created = await CreateAsync(api, "Siaran Pers Helpdesk", "Awal.");
        var id = created["ContentItemId"]!.GetValue<string>();
        var loaded = created["ContentItemVersionId"]!.GetValue<string>();

        var first = await UpdateAsync(api, id, loaded, body: "Suntingan Ani.");
        var second = await UpdateAsync(api, id, loaded, body: "Suntingan Budi.");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("diubah oleh pengguna lain", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var latest = await api.GetFromJsonAsync<JsonObject>($"/api/content/{id}");
        Assert.Equal("Suntingan Ani.", latest!["BodyPart"]!["Body"]!.GetValue<string>());
    }

    [Fact]
    public async Task Concurrent_saves_of_the_same_version_let_exactly_one_win()
    {
        await using var factory = new CmsFactory();
        var api = await FeatureGatingTests.ApiAsync(factory);
        var created = await CreateAsync(api, "Balapan Simpan", "Awal.");
        var id = created["ContentItemId"]!.GetValue<string>();
        var loaded = created["ContentItemVersionId"]!.GetValue<string>();

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => UpdateAsync(api, id, loaded, body: $"Suntingan {i}.")));

        Assert.Equal(1, results.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.All(results.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        var versions = await api.GetFromJsonAsync<JsonObject>($"/api/content/{id}");
        Assert.StartsWith("Suntingan ", versions!["BodyPart"]!["Body"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_the_path_of_a_published_item_redirects_the_old_path_permanently()
    {
        await using var factory = new CmsFactory();
        var api = await FeatureGatingTests.ApiAsync(factory);
        var visitor = factory.CreateBrowser();
        var created = await CreateAsync(api, "Layanan Loket A", "Pengadaan dan kepangkatan.");
        var id = created["ContentItemId"]!.GetValue<string>();
        await api.PostAsync($"/api/content/{id}/publish", null);

        var changed = await UpdateAsync(api, id, created["ContentItemVersionId"]!.GetValue<string>(), path: "layanan/loket-a");
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        await api.PostAsync($"/api/content/{id}/publish", null);

        var old = await visitor.GetAsync("/layanan-loket-a");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/layanan/loket-a", old.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/layanan/loket-a")).StatusCode);
    }

    [Fact]
    public async Task Paths_are_unique_and_platform_paths_are_refused_with_a_message()
    {
        await using var factory = new CmsFactory();
        var api = await FeatureGatingTests.ApiAsync(factory);
        var first = await CreateAsync(api, "Berita Sama", "Satu.");
        await api.PostAsync($"/api/content/{first["ContentItemId"]}/publish", null);

        var second = await CreateAsync(api, "Berita Sama", "Dua.");
        Assert.Equal("berita-sama-2", second["AutoroutePart"]!["Path"]!.GetValue<string>());

        var reserved = await api.PostAsJsonAsync("/api/content", new JsonObject
        {
            ["ContentType"] = "Halaman",
            ["TitlePart"] = new JsonObject { ["Title"] = "Masuk" },
            ["AutoroutePart"] = new JsonObject { ["Path"] = "admin/pengguna" },
        });
        Assert.Equal(HttpStatusCode.BadRequest, reserved.StatusCode);
        var problem = await reserved.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Contains("dipakai oleh sistem", problem!["errors"]!["AutoroutePart.Path"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_content_gets_problem_details_naming_the_field_and_nothing_is_saved()
    {
        await using var factory = new CmsFactory();
        var api = await FeatureGatingTests.ApiAsync(factory);
        var before = await ListCountAsync(api);

        var response = await api.PostAsJsonAsync("/api/content", new JsonObject { ["ContentType"] = "Halaman", ["TitlePart"] = new JsonObject { ["Title"] = "   " } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("Judul wajib diisi.", problem!["errors"]!["TitlePart.Title"]![0]!.GetValue<string>());
        Assert.Equal(before, await ListCountAsync(api));

        var unknown = await api.PostAsJsonAsync("/api/content", new JsonObject { ["ContentType"] = "TidakAda" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [Fact]
    public async Task Bodies_are_sanitised_before_they_are_stored_and_shown()
    {
        await using var factory = new CmsFactory();
        var api = await FeatureGatingTests.ApiAsync(factory);
        var response = await api.PostAsJsonAsync("/api/content", new JsonObject
        {
            ["ContentType"] = "Halaman",
            ["TitlePart"] = new JsonObject { ["Title"] = "Uji XSS" },
            ["BodyPart"] = new JsonObject { ["Format"] = "html", ["Body"] = "<p>Aman</p><script>alert('x')</script><img src=x onerror=alert(1)>" },
        });
        var created = await response.Content.ReadFromJsonAsync<JsonObject>();
        var stored = created!["BodyPart"]!["Body"]!.GetValue<string>();
        Assert.Contains("<p>Aman</p>", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("script", stored, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", stored, StringComparison.OrdinalIgnoreCase);

        await api.PostAsync($"/api/content/{created["ContentItemId"]}/publish", null);
        var page = await factory.CreateBrowser().GetStringAsync("/uji-xss");
        Assert.DoesNotContain("alert(", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unpublished_and_deleted_items_leave_the_public_site_and_deleted_ones_the_lists()
    {
        await using var factory = new CmsFactory();
        var api = await FeatureGatingTests.ApiAsync(factory);
        var visitor = factory.CreateBrowser();
        var created = await CreateAsync(api, "Pengumuman Sementara", "Isi.");
        var id = created["ContentItemId"]!.GetValue<string>();
        await api.PostAsync($"/api/content/{id}/publish", null);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/pengumuman-sementara")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"/api/content/{id}/unpublish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/pengumuman-sementara")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/content/{id}")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"/api/content/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/content/{id}")).StatusCode);
        Assert.DoesNotContain(id, await api.GetStringAsync("/api/content?q=Pengumuman"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keyset_pages_walk_every_item_once_with_filters_applied()
    {
        await using var factory = new CmsFactory();
        var api = await FeatureGatingTests.ApiAsync(factory);
        for (var i = 0; i < 25; i++)
        {
            await CreateAsync(api, $"Berita Uji {i:00}", "Isi.");
        }

        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        do
        {
            var page = await api.GetFromJsonAsync<JsonObject>($"/api/content?q=berita%20uji&pageSize=10{(after is null ? "" : "&after=" + after)}");
            seen.AddRange(page!["items"]!.AsArray().Select(i => i!["DisplayText"]!.GetValue<string>()));
            after = page["next"]?.GetValue<string>();
            pages++;
        }
        while (after is not null && pages < 10);

        Assert.Equal(3, pages);
        Assert.Equal(25, seen.Count);
        Assert.Equal(25, seen.Distinct().Count());
        Assert.Equal("Berita Uji 24", seen[0]);
    }

    [Fact]
    public async Task A_writer_sees_and_changes_only_their_units_content_and_cannot_publish()
    {
        await using var factory = new CmsFactory();
        var admin = factory.CreateBrowser();
        await admin.SignInAsAdminAsync();
        var adminApi = await FeatureGatingTests.ApiAsync(factory);
        await UnitFeatureTests.CreateWriterAsync(factory, admin, "penulis", "BIRO-HUMAS");
        var pdik = await UnitFeatureTests.UnitIdAsync(factory, "DIT-PDIK");
        var other = await CreateAsync(adminApi, "Konten PDIK", "Milik unit lain.", pdik);

        var writer = factory.CreateClient();
        writer.UseBearer(await writer.TokenAsync("penulis", "Pengguna-Uji-2026"));

        Assert.Equal(HttpStatusCode.NotFound, (await writer.GetAsync($"/api/content/{other["ContentItemId"]}")).StatusCode);
        Assert.DoesNotContain("Konten PDIK", await writer.GetStringAsync("/api/content"), StringComparison.Ordinal);
        Assert.Contains("Tentang BKN", await writer.GetStringAsync("/api/content?type=Halaman"), StringComparison.Ordinal);

        var own = await CreateAsync(writer, "Tulisan Humas", "Draf penulis.", await UnitFeatureTests.UnitIdAsync(factory, "BIRO-HUMAS"));
        var publish = await writer.PostAsync($"/api/content/{own["ContentItemId"]}/publish", null);
        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);

        var elsewhere = await writer.PostAsJsonAsync("/api/content", new JsonObject
        {
            ["ContentType"] = "Halaman",
            ["UnitId"] = pdik.ToString(),
            ["TitlePart"] = new JsonObject { ["Title"] = "Menyusup" },
        });
        Assert.Equal(HttpStatusCode.BadRequest, elsewhere.StatusCode);
    }

    [Fact]
    public async Task An_editor_creates_previews_and_publishes_a_page_in_the_admin()
    {
        await using var factory = new CmsFactory();
        var browser = factory.CreateBrowser();
        await browser.SignInAsAdminAsync();
        var humas = (await UnitFeatureTests.UnitIdAsync(factory, "BIRO-HUMAS")).ToString();

        var saved = await browser.PostFormAsync("/admin/konten/baru/Halaman", "/admin/konten/baru/Halaman", new()
        {
            ["TitlePart.Title"] = "Profil Pimpinan",
            ["AutoroutePart.Path"] = "",
            ["BodyPart.Body"] = "Kepala **BKN**.",
            ["BodyPart.Format"] = "markdown",
            ["unitId"] = humas,
            ["submit"] = "simpan",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var editUrl = saved.Headers.Location!.OriginalString;
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/profil-pimpinan")).StatusCode);
        Assert.Contains("Kepala <strong>BKN</strong>.", await browser.GetStringAsync(editUrl + "/pratinjau"), StringComparison.Ordinal);

        var edit = await browser.GetStringAsync(editUrl);
        var version = System.Text.RegularExpressions.Regex.Match(edit, "name=\"contentItemVersionId\" value=\"([a-z0-9]+)\"").Groups[1].Value;
        var published = await browser.PostFormAsync(editUrl, editUrl, new()
        {
            ["contentItemVersionId"] = version,
            ["TitlePart.Title"] = "Profil Pimpinan",
            ["AutoroutePart.Path"] = "profil-pimpinan",
            ["BodyPart.Body"] = "Kepala **BKN**.",
            ["BodyPart.Format"] = "markdown",
            ["unitId"] = humas,
            ["submit"] = "terbitkan",
        });
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Contains("Kepala <strong>BKN</strong>.", await factory.CreateBrowser().GetStringAsync("/profil-pimpinan"), StringComparison.Ordinal);

        // The same form sent again carries the old version id: refused, with the reason on the page.
        var stale = await browser.PostFormAsync(editUrl, editUrl, new()
        {
            ["contentItemVersionId"] = version,
            ["TitlePart.Title"] = "Judul Basi",
            ["unitId"] = humas,
            ["submit"] = "simpan",
        });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("diubah oleh pengguna lain", WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        // The admin list searches the index of latest versions, which follows commits in the background.
        await Search.SearchTestData.WaitUntilCaughtUpAsync(factory, "konten");
        Assert.Contains("Profil Pimpinan", await browser.GetStringAsync("/admin/konten?q=profil"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_keeps_every_version_and_an_old_one_can_be_restored_as_a_draft()
    {
        await using var factory = new CmsFactory();
        var api = await FeatureGatingTests.ApiAsync(factory);
        var browser = factory.CreateBrowser();
        await browser.SignInAsAdminAsync();
        var created = await CreateAsync(api, "Sejarah BKN", "Versi pertama.");
        var id = created["ContentItemId"]!.GetValue<string>();
        var firstVersion = created["ContentItemVersionId"]!.GetValue<string>();
        await UpdateAsync(api, id, firstVersion, body: "Versi kedua.");

        var history = await browser.GetStringAsync($"/admin/konten/{id}/riwayat");
        Assert.Contains(firstVersion, history, StringComparison.Ordinal);
        var restored = await browser.PostFormAsync($"/admin/konten/{id}/riwayat", $"/admin/konten/{id}/riwayat/{firstVersion}/pulihkan", []);
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);

        var latest = await api.GetFromJsonAsync<JsonObject>($"/api/content/{id}");
        Assert.Equal("Versi pertama.", latest!["BodyPart"]!["Body"]!.GetValue<string>());
        Assert.NotEqual(firstVersion, latest["ContentItemVersionId"]!.GetValue<string>());
    }

    internal static async Task<JsonObject> CreateAsync(HttpClient api, string title, string body, Guid? unitId = null)
    {
        var json = new JsonObject
        {
            ["ContentType"] = "Halaman",
            ["TitlePart"] = new JsonObject { ["Title"] = title },
            ["BodyPart"] = new JsonObject { ["Body"] = body, ["Format"] = "markdown" },
        };
        if (unitId is not null)
        {
            json["UnitId"] = unitId.ToString();
        }

        var response = await api.PostAsJsonAsync("/api/content", json);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static Task<HttpResponseMessage> UpdateAsync(HttpClient api, string id, string basedOn, string? body = null, string? path = null)
    {
        var json = new JsonObject { ["ContentItemVersionId"] = basedOn };
        if (body is not null)
        {
            json["BodyPart"] = new JsonObject { ["Body"] = body, ["Format"] = "markdown" };
        }

        if (path is not null)
        {
            json["AutoroutePart"] = new JsonObject { ["Path"] = path };
        }

        return api.PutAsJsonAsync($"/api/content/{id}", json);
    }

    private static async Task<int> ListCountAsync(HttpClient api)
    {
        using var json = JsonDocument.Parse(await api.GetStringAsync("/api/content?pageSize=200"));
        return json.RootElement.GetProperty("items").GetArrayLength();
    }
}
