using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Bkn.Cms.Tests.Infrastructure;

namespace Bkn.Cms.Tests.Integration;

/// <summary>
/// The content API answers malformed or ill-fitting bodies with 400 problem details naming what is wrong, and stores
/// nothing: unreadable JSON (wrong types, duplicate keys, deep nesting, invalid UTF-8, truncation), parts and fields the
/// type does not define, values of the wrong shape, oversized documents and unknown units.
/// </summary>
public sealed class ContentApiInputTests(SharedHost host) : IClassFixture<SharedHost>
{
    public static TheoryData<string, string> UnreadableBodies() => new()
    {
        { "number for text", """{"ContentType":"Halaman","DisplayText":5,"TitlePart":{"Title":"Masukan Uji"}}""" },
        { "number for type", """{"ContentType":5,"TitlePart":{"Title":"Masukan Uji"}}""" },
        { "object for date", """{"ContentType":"Halaman","CreatedUtc":{"tahun":2026},"TitlePart":{"Title":"Masukan Uji"}}""" },
        { "number for unit", """{"ContentType":"Halaman","UnitId":12,"TitlePart":{"Title":"Masukan Uji"}}""" },
        { "duplicate key", """{"ContentType":"Halaman","ContentType":"Halaman","TitlePart":{"Title":"Masukan Uji"}}""" },
        { "duplicate key in a part", """{"ContentType":"Halaman","TitlePart":{"Title":"Masukan Uji","Title":"Lain"}}""" },
        { "deep nesting", """{"ContentType":"Halaman","TitlePart":{"Title":"Masukan Uji"},"BodyPart":""" + new string('[', 5000) + new string(']', 5000) + "}" },
        { "truncated", """{"ContentType":"Halaman","TitlePart":{"Title":"Masukan Uji""" },
        { "empty", "" },
        { "array", """[{"ContentType":"Halaman"}]""" },
        { "null", "null" },
        { "string", "\"Halaman\"" },
        { "trailing garbage", """{"ContentType":"Halaman","TitlePart":{"Title":"Masukan Uji"}} {}""" },
        { "NUL byte", "{\"ContentType\":\"Halaman\",\0\"TitlePart\":{\"Title\":\"Masukan Uji\"}}" },
    };

    public static TheoryData<string, string, string> IllFittingBodies() => new()
    {
        { "unknown part", """{"ContentType":"Halaman","TitlePart":{"Title":"Masukan Uji"},"PeraturanPart":{"Nomor":"7"}}""", "PeraturanPart" },
        { "part not an object", """{"ContentType":"Halaman","TitlePart":"Masukan Uji"}""", "TitlePart" },
        { "unknown property", """{"ContentType":"Halaman","TitlePart":{"Judul":"Masukan Uji"}}""", "TitlePart.Judul" },
        { "number for a title", """{"ContentType":"Halaman","TitlePart":{"Title":12345}}""", "TitlePart.Title" },
        { "list for a body", """{"ContentType":"Halaman","TitlePart":{"Title":"Masukan Uji"},"BodyPart":{"Body":["a","b"]}}""", "BodyPart.Body" },
        { "object for a schedule", """{"ContentType":"Halaman","TitlePart":{"Title":"Masukan Uji"},"PublishLaterPart":{"ScheduledPublishUtc":{"jam":10}}}""", "PublishLaterPart.ScheduledPublishUtc" },
        { "unknown unit", """{"ContentType":"Halaman","UnitId":"0b9f0c3e-6a51-4f6e-9a57-2c1b8e0f0a11","TitlePart":{"Title":"Masukan Uji"}}""", "UnitId" },
        { "unit that is no id", """{"ContentType":"Halaman","UnitId":"biro-humas","TitlePart":{"Title":"Masukan Uji"}}""", "UnitId" },
    };

    [Theory]
    [MemberData(nameof(UnreadableBodies))]
    public async Task Unreadable_json_is_answered_with_400_problem_details_and_nothing_is_stored(string label, string body)
    {
        var api = await FeatureGatingTests.ApiAsync(host.Factory);
        var existing = await ExistingIdAsync(api);

        foreach (var response in new[]
        {
            await api.PostAsync("/api/content", Json(body)),
            await api.PutAsync($"/api/content/{existing}", Json(body)),
        })
        {
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{label}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("Data konten tidak sah.", (await response.Content.ReadFromJsonAsync<JsonObject>())!["title"]!.GetValue<string>());
        }

        await AssertNothingStoredAsync(api, existing);
    }

    [Fact]
    public async Task Bytes_that_are_not_utf8_are_answered_with_400()
    {
        var api = await FeatureGatingTests.ApiAsync(host.Factory);
        var bytes = Encoding.UTF8.GetBytes("""{"ContentType":"Halaman","TitlePart":{"Title":"Masukan Uji X"}}""");
        bytes[Array.IndexOf(bytes, (byte)'X')] = 0xFF;
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new("application/json");

        var response = await api.PostAsync("/api/content", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertNothingStoredAsync(api, await ExistingIdAsync(api));
    }

    [Theory]
    [MemberData(nameof(IllFittingBodies))]
    public async Task A_body_that_does_not_fit_the_type_is_refused_naming_the_offending_path(string label, string body, string key)
    {
        var api = await FeatureGatingTests.ApiAsync(host.Factory);
        var existing = await ExistingIdAsync(api);

        foreach (var response in new[]
        {
            await api.PostAsync("/api/content", Json(body)),
            await api.PutAsync($"/api/content/{existing}", Json(body)),
        })
        {
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{label}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
            Assert.Equal("Data konten tidak sah.", problem["title"]!.GetValue<string>());
            Assert.NotNull(problem["errors"]![key]);
        }

        await AssertNothingStoredAsync(api, existing);
    }

    [Fact]
    public async Task A_document_above_the_size_cap_is_refused()
    {
        var api = await FeatureGatingTests.ApiAsync(host.Factory);
        var body = new JsonObject
        {
            ["ContentType"] = "Halaman",
            ["TitlePart"] = new JsonObject { ["Title"] = "Masukan Uji" },
            ["BodyPart"] = new JsonObject { ["Body"] = new string('a', 1100 * 1024), ["Format"] = "markdown" },
        };

        var response = await api.PostAsJsonAsync("/api/content", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("terlalu besar", (await response.Content.ReadFromJsonAsync<JsonObject>())!["title"]!.GetValue<string>(), StringComparison.Ordinal);
        await AssertNothingStoredAsync(api, await ExistingIdAsync(api));
    }

    [Fact]
    public async Task An_item_read_from_the_api_can_be_sent_back_as_it_is()
    {
        var api = await FeatureGatingTests.ApiAsync(host.Factory);
        var id = await ExistingIdAsync(api);
        var item = (await api.GetFromJsonAsync<JsonObject>($"/api/content/{id}"))!;
        item["BodyPart"] = new JsonObject { ["Body"] = "Isi diperbarui.", ["Format"] = "markdown" };

        var response = await api.PutAsJsonAsync($"/api/content/{id}", item);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Isi diperbarui.", (await response.Content.ReadFromJsonAsync<JsonObject>())!["BodyPart"]!["Body"]!.GetValue<string>());
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task<string> ExistingIdAsync(HttpClient api)
    {
        var items = (await api.GetFromJsonAsync<JsonObject>("/api/content?type=Halaman&q=Tentang"))!["items"]!.AsArray();
        return items[0]!["ContentItemId"]!.GetValue<string>();
    }

    private static async Task AssertNothingStoredAsync(HttpClient api, string existing)
    {
        var all = await api.GetStringAsync("/api/content?pageSize=100");
        Assert.DoesNotContain("Masukan Uji", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Lain", (await api.GetFromJsonAsync<JsonObject>($"/api/content/{existing}"))!["TitlePart"]!["Title"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
