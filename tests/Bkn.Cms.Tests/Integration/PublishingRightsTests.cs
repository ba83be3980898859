using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bkn.Cms.ContentManagement;
using Bkn.Cms.Contents.Indexes;
using Bkn.Cms.Data;
using Bkn.Cms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bkn.Cms.Tests.Integration;

/// <summary>
/// Publishing needs the publish permission however it is done: by scheduling (publish-later, unpublish-later) or by
/// saving an item of a type without drafts. A writer holds only "edit content" (in their own unit).
/// </summary>
public sealed class PublishingRightsTests
{
    [Fact]
    public async Task A_writer_cannot_schedule_publishing_or_unpublishing_by_form_or_api_and_nothing_goes_online_or_offline()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 1, 0, 0, TimeSpan.Zero));
        await using var factory = ClockedFactory(clock);
        var (admin, humas) = await WithWriterAsync(factory);
        var visitor = factory.CreateBrowser();

        // The form: a time ahead and a time already past are both refused, and nothing is saved.
        var writerBrowser = factory.CreateBrowser();
        await writerBrowser.SignInAsync("penulis", UnitFeatureTests.Password);
        foreach (var local in new[] { "2026-11-28T10:00", "2026-11-27T10:00" })
        {
            var form = await writerBrowser.PostFormAsync("/admin/konten/baru/Halaman", "/admin/konten/baru/Halaman", new()
            {
                ["TitlePart.Title"] = "Jadwal Penulis",
                ["PublishLaterPart.ScheduledPublishLocal"] = local,
                ["unitId"] = humas,
                ["submit"] = "simpan",
            });
            Assert.Equal(HttpStatusCode.UnprocessableEntity, form.StatusCode);
            Assert.Contains("Anda tidak berwenang menerbitkan konten ini", await form.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var writer = factory.CreateClient();
        writer.UseBearer(await writer.TokenAsync("penulis", UnitFeatureTests.Password));

        // The API with the UTC values themselves, in the past (would fire at once) and ahead.
        foreach (var utc in new[] { "2026-11-27T00:00:00Z", "2026-11-28T03:00:00Z" })
        {
            var created = await writer.PostAsJsonAsync("/api/content", new JsonObject
            {
                ["ContentType"] = "Halaman",
                ["UnitId"] = humas,
                ["TitlePart"] = new JsonObject { ["Title"] = "Jadwal Penulis" },
                ["PublishLaterPart"] = new JsonObject { ["ScheduledPublishUtc"] = utc, ["ScheduledBy"] = "admin" },
            });
            Assert.Equal(HttpStatusCode.BadRequest, created.StatusCode);
            var problem = await created.Content.ReadFromJsonAsync<JsonObject>();
            Assert.Contains("tidak berwenang menerbitkan", problem!["errors"]!["PublishLaterPart.ScheduledPublishUtc"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Jadwal Penulis", await admin.GetStringAsync("/admin/konten"), StringComparison.Ordinal);

        // A writer's own draft: scheduling it through an update is refused too.
        var draft = await writer.PostAsJsonAsync("/api/content", new JsonObject
        {
            ["ContentType"] = "Halaman",
            ["UnitId"] = humas,
            ["TitlePart"] = new JsonObject { ["Title"] = "Draf Penulis" },
        });
        Assert.Equal(HttpStatusCode.Created, draft.StatusCode);
        var draftId = (await draft.Content.ReadFromJsonAsync<JsonObject>())!["ContentItemId"]!.GetValue<string>();
        var scheduled = await writer.PutAsJsonAsync($"/api/content/{draftId}", new JsonObject
        {
            ["PublishLaterPart"] = new JsonObject { ["ScheduledPublishUtc"] = "2026-11-27T00:00:00Z" },
        });
        Assert.Equal(HttpStatusCode.BadRequest, scheduled.StatusCode);

        // A published page the writer may edit: taking it down by an unpublish time is refused.
        var adminApi = await FeatureGatingTests.ApiAsync(factory);
        var page = (await (await adminApi.PostAsJsonAsync("/api/content", new JsonObject
        {
            ["ContentType"] = "Halaman",
            ["UnitId"] = humas,
            ["TitlePart"] = new JsonObject { ["Title"] = "Halaman Terbit" },
            ["AutoroutePart"] = new JsonObject { ["Path"] = "halaman-terbit" },
        })).Content.ReadFromJsonAsync<JsonObject>())!["ContentItemId"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.OK, (await adminApi.PostAsync($"/api/content/{page}/publish", null)).StatusCode);
        var takeDown = await writer.PutAsJsonAsync($"/api/content/{page}", new JsonObject
        {
            ["UnpublishLaterPart"] = new JsonObject { ["ScheduledUnpublishUtc"] = "2026-11-27T00:00:00Z" },
        });
        Assert.Equal(HttpStatusCode.BadRequest, takeDown.StatusCode);

        // Time passes and the job runs: nothing was scheduled, so the draft stays a draft and the page stays online.
        clock.Advance(TimeSpan.FromHours(6));
        await WaitForScheduleRunAsync(factory, clock);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/halaman-terbit")).StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<IContentManager>().GetAsync(draftId, VersionOptions.Published));
    }

    [Fact]
    public async Task An_editor_schedules_and_a_later_save_by_a_writer_cancels_the_pending_publication()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 1, 0, 0, TimeSpan.Zero));
        await using var factory = ClockedFactory(clock);
        var (admin, humas) = await WithWriterAsync(factory);
        var adminApi = await FeatureGatingTests.ApiAsync(factory);
        var writer = factory.CreateClient();
        writer.UseBearer(await writer.TokenAsync("penulis", UnitFeatureTests.Password));

        async Task<string> ScheduledPageAsync(string title, string path)
        {
            var response = await adminApi.PostAsJsonAsync("/api/content", new JsonObject
            {
                ["ContentType"] = "Halaman",
                ["UnitId"] = humas,
                ["TitlePart"] = new JsonObject { ["Title"] = title },
                ["AutoroutePart"] = new JsonObject { ["Path"] = path },
                ["PublishLaterPart"] = new JsonObject { ["ScheduledPublishUtc"] = "2026-11-28T03:00:00Z" },
            });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<JsonObject>())!["ContentItemId"]!.GetValue<string>();
        }

        await ScheduledPageAsync("Terjadwal Editor", "terjadwal-editor");
        var changed = await ScheduledPageAsync("Diubah Penulis", "diubah-penulis");
        var edit = await writer.PutAsJsonAsync($"/api/content/{changed}", new JsonObject { ["TitlePart"] = new JsonObject { ["Title"] = "Diubah Penulis" }, ["BodyPart"] = new JsonObject { ["Body"] = "Teks yang belum ditinjau." } });
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        Assert.Null((await edit.Content.ReadFromJsonAsync<JsonObject>())!["PublishLaterPart"]!["ScheduledPublishUtc"]);

        clock.Advance(TimeSpan.FromHours(3));
        var visitor = factory.CreateBrowser();
        await Eventually.TrueAsync(async () => (await visitor.GetAsync("/terjadwal-editor")).StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(10), "the editor's schedule fires");
        await WaitForScheduleRunAsync(factory, clock);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/diubah-penulis")).StatusCode);
    }

    [Fact]
    public async Task A_schedule_nobody_with_the_publish_right_set_does_not_fire()
    {
        // What a writer could store before scheduling was checked: a publish time without a stamp, and one stamped with
        // the writer's own id, written around the content store. Neither is a decision anyone with the right made.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 1, 0, 0, TimeSpan.Zero));
        await using var factory = ClockedFactory(clock);
        var (admin, humas) = await WithWriterAsync(factory);
        var writer = factory.CreateClient();
        writer.UseBearer(await writer.TokenAsync("penulis", UnitFeatureTests.Password));

        var ids = new List<string>();
        foreach (var (title, stamp) in new[] { ("Tanpa Cap", (string?)null), ("Cap Penulis", "writer") })
        {
            var created = await (await writer.PostAsJsonAsync("/api/content", new JsonObject
            {
                ["ContentType"] = "Halaman",
                ["UnitId"] = humas,
                ["TitlePart"] = new JsonObject { ["Title"] = title },
            })).Content.ReadFromJsonAsync<JsonObject>();
            var id = created!["ContentItemId"]!.GetValue<string>();
            ids.Add(id);
            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            var row = await db.ContentItems.SingleAsync(c => c.ContentItemId == id && c.Latest);
            var document = JsonNode.Parse(row.Data)!.AsObject();
            document["PublishLaterPart"] = new JsonObject
            {
                ["ScheduledPublishUtc"] = "2026-11-28T02:00:00Z",
                ["ScheduledBy"] = stamp is null ? null : row.Owner,
            };
            row.Data = document.ToJsonString();
            db.Set<ScheduledContentEntry>().Add(new ScheduledContentEntry { ContentItemId = id, Action = ScheduledContentEntry.Publish, DueUtc = new DateTime(2026, 11, 28, 2, 0, 0, DateTimeKind.Utc) });
            await db.SaveChangesAsync();
        }

        clock.Advance(TimeSpan.FromHours(2));
        await WaitForScheduleRunAsync(factory, clock);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            foreach (var id in ids)
            {
                Assert.Null(await content.GetAsync(id, VersionOptions.Published));
            }
        }
    }

    [Fact]
    public async Task Saving_an_item_of_a_type_without_drafts_needs_the_publish_permission()
    {
        await using var factory = new CmsFactory();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IContentDefinitionStore>().SaveTypeAsync(
                new ContentTypeDefinition("UjiPengumuman", "Uji Pengumuman", new ContentTypeSettings { Draftable = false },
                [
                    new ContentTypePartDefinition("TitlePart", "TitlePart", []),
                    new ContentTypePartDefinition("BodyPart", "BodyPart", []),
                ]),
                CancellationToken.None);
        }

        var (admin, humas) = await WithWriterAsync(factory);
        var writer = factory.CreateClient();
        writer.UseBearer(await writer.TokenAsync("penulis", UnitFeatureTests.Password));
        var writerBrowser = factory.CreateBrowser();
        await writerBrowser.SignInAsync("penulis", UnitFeatureTests.Password);

        // Create through the API and the form: refused, nothing stored.
        var api = await writer.PostAsJsonAsync("/api/content", new JsonObject
        {
            ["ContentType"] = "UjiPengumuman",
            ["UnitId"] = humas,
            ["TitlePart"] = new JsonObject { ["Title"] = "Pengumuman Penulis" },
        });
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Contains("langsung terbit", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var form = await writerBrowser.PostFormAsync("/admin/konten/baru/UjiPengumuman", "/admin/konten/baru/UjiPengumuman", new()
        {
            ["TitlePart.Title"] = "Pengumuman Penulis",
            ["unitId"] = humas,
            ["submit"] = "simpan",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, form.StatusCode);
        Assert.Contains("langsung terbit", await form.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var adminApi = await FeatureGatingTests.ApiAsync(factory);
        Assert.Empty((await adminApi.GetFromJsonAsync<JsonObject>("/api/content?type=UjiPengumuman"))!["items"]!.AsArray());

        // An item the editor published: the writer's change through the API and the form is refused; the text stays.
        var created = await adminApi.PostAsJsonAsync("/api/content", new JsonObject
        {
            ["ContentType"] = "UjiPengumuman",
            ["UnitId"] = humas,
            ["TitlePart"] = new JsonObject { ["Title"] = "Pengumuman Resmi" },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var item = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.True(item["Published"]!.GetValue<bool>());
        var id = item["ContentItemId"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.Forbidden, (await writer.PutAsJsonAsync($"/api/content/{id}", new JsonObject { ["TitlePart"] = new JsonObject { ["Title"] = "Diubah Penulis" } })).StatusCode);
        var edit = await writerBrowser.PostFormAsync($"/admin/konten/{id}", $"/admin/konten/{id}", new()
        {
            ["contentItemVersionId"] = item["ContentItemVersionId"]!.GetValue<string>(),
            ["TitlePart.Title"] = "Diubah Penulis",
            ["unitId"] = humas,
            ["submit"] = "simpan",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, edit.StatusCode);
        var latest = (await adminApi.GetFromJsonAsync<JsonObject>($"/api/content/{id}"))!;
        Assert.Equal("Pengumuman Resmi", latest["TitlePart"]!["Title"]!.GetValue<string>());
    }

    /// <summary>Waits until the publishing job has handled every due schedule row (it deletes each row it handles).</summary>
    /// <summary>A site whose clock only the test moves; other nodes' changes are polled rarely, so nothing races the clock.</summary>
    private static CmsFactory ClockedFactory(FakeTimeProvider clock) =>
        new(settings: new() { ["State:PollInterval"] = "01:00:00" }, services: s => s.AddSingleton<TimeProvider>(clock));

    /// <summary>Signs the administrator in and adds the writer "penulis" (edit content in BIRO-HUMAS).</summary>
    private static async Task<(HttpClient Admin, string Humas)> WithWriterAsync(CmsFactory factory)
    {
        var admin = factory.CreateBrowser();
        await admin.SignInAsAdminAsync();
        await UnitFeatureTests.CreateWriterAsync(factory, admin, "penulis", "BIRO-HUMAS");
        return (admin, (await UnitFeatureTests.UnitIdAsync(factory, "BIRO-HUMAS")).ToString());
    }

    private static Task WaitForScheduleRunAsync(CmsFactory factory, TimeProvider clock) =>
        Eventually.TrueAsync(
            async () =>
            {
                await using var scope = factory.Services.CreateAsyncScope();
                var now = clock.GetUtcNow().UtcDateTime;
                return !await scope.ServiceProvider.GetRequiredService<CmsDbContext>().Set<ScheduledContentEntry>().AnyAsync(e => e.DueUtc <= now);
            },
            TimeSpan.FromSeconds(20),
            "the publishing job has run");
}
