using System.Net;
using System.Text.RegularExpressions;
using Bkn.Cms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bkn.Cms.Tests.Integration.Humas;

/// <summary>
/// The editorial workflow of news: draft → review by a second editor → approved with a schedule → published at its
/// time; request changes; withdraw (banner) and unpublish (410); direct publishing is refused.
/// </summary>
public sealed partial class EditorialWorkflowTests
{
    [Fact]
    public async Task A_news_item_goes_through_review_and_changes_to_a_scheduled_publication_then_is_withdrawn_and_taken_down()
    {
        // 01:00 UTC = 08:00 WIB. The fake clock fires periodic timers once per elapsed period: slow the state poll.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 1, 0, 0, TimeSpan.Zero));
        await using var factory = new CmsFactory(settings: new() { ["State:PollInterval"] = "01:00:00" }, services: s => s.AddSingleton<TimeProvider>(clock));
        var admin = factory.CreateBrowser();
        await admin.SignInAsAdminAsync();
        await UnitFeatureTests.CreateUserAsync(factory, admin, "penulis", "BIRO-HUMAS", "Penulis Humas");
        await UnitFeatureTests.CreateUserAsync(factory, admin, "editor", "BIRO-HUMAS", "Editor Humas");
        var writer = await SignInAsync(factory, "penulis");
        var editor = await SignInAsync(factory, "editor");
        var visitor = factory.CreateBrowser();

        var id = await CreateNewsAsync(factory, writer, "Layanan KPO Dibuka untuk Periode Oktober");
        Assert.Equal("Draft", await StatusAsync(writer, id));

        // Publishing without review is refused, also for an editor who may publish other content.
        await editor.PostFormAsync($"/admin/konten/{id}", $"/admin/konten/{id}/terbitkan", []);
        Assert.Contains("harus ditinjau dan disetujui editor kedua", await editor.GetStringAsync($"/admin/konten/{id}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/berita/layanan-kpo-dibuka-untuk-periode-oktober")).StatusCode);

        await PostActionAsync(writer, id, "ajukan", []);
        Assert.Equal("Review", await StatusAsync(writer, id));

        // The writer cannot approve; the reviewer asks for changes.
        await PostActionAsync(writer, id, "setujui", []);
        Assert.Contains("tidak memiliki izin", await writer.GetStringAsync($"/admin/redaksi/{id}"), StringComparison.Ordinal);
        await PostActionAsync(editor, id, "minta-perubahan", new() { ["note"] = "Sebutkan dasar hukumnya." });
        Assert.Equal("Draft", await StatusAsync(writer, id));
        Assert.Contains("Sebutkan dasar hukumnya.", await writer.GetStringAsync($"/admin/redaksi/{id}"), StringComparison.Ordinal);

        // The writer fixes the text and submits again; the editor approves with a schedule two hours ahead (10:00 WIB).
        var edit = await writer.GetStringAsync($"/admin/konten/{id}");
        var saved = await writer.PostFormAsync($"/admin/konten/{id}", $"/admin/konten/{id}", NewsForm("Layanan KPO Dibuka untuk Periode Oktober", "Sesuai Perka BKN 25/2013.", await UnitAsync(factory), VersionId(edit)));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await PostActionAsync(writer, id, "ajukan", []);
        await PostActionAsync(editor, id, "setujui", new() { ["publishAt"] = "2026-11-28T10:00", ["changeNote"] = "" });
        Assert.Equal("Approved", await StatusAsync(editor, id));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/berita/layanan-kpo-dibuka-untuk-periode-oktober")).StatusCode);

        clock.Advance(TimeSpan.FromHours(3));
        await Eventually.TrueAsync(
            async () => (await visitor.GetAsync("/berita/layanan-kpo-dibuka-untuk-periode-oktober")).StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(15),
            "the approved item is published at its scheduled time");
        Assert.Equal("Published", await StatusAsync(editor, id));
        Assert.Contains("Sesuai Perka BKN 25/2013.", await visitor.GetStringAsync("/berita/layanan-kpo-dibuka-untuk-periode-oktober"), StringComparison.Ordinal);
        Assert.Contains("Layanan KPO Dibuka untuk Periode Oktober", await visitor.GetStringAsync("/berita"), StringComparison.Ordinal);
        Assert.Contains("/berita/layanan-kpo-dibuka-untuk-periode-oktober", await visitor.GetStringAsync("/berita/rss.xml"), StringComparison.Ordinal);
        Assert.Contains("/berita/layanan-kpo-dibuka-untuk-periode-oktober", await visitor.GetStringAsync("/sitemap.xml"), StringComparison.Ordinal);

        // Withdrawn: still online, with a banner and the reason.
        await PostActionAsync(editor, id, "tarik", new() { ["reason"] = "Jadwal periode sedang dikoreksi." });
        var withdrawn = await visitor.GetAsync("/berita/layanan-kpo-dibuka-untuk-periode-oktober");
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        var page = await withdrawn.Content.ReadAsStringAsync();
        Assert.Contains("withdrawn-banner", page, StringComparison.Ordinal);
        Assert.Contains("Jadwal periode sedang dikoreksi.", page, StringComparison.Ordinal);

        // Taken down: gone (410), not merely missing, and out of the list and feeds.
        await PostActionAsync(editor, id, "turunkan", []);
        Assert.Equal(HttpStatusCode.Gone, (await visitor.GetAsync("/berita/layanan-kpo-dibuka-untuk-periode-oktober")).StatusCode);
        Assert.DoesNotContain("Layanan KPO Dibuka", await visitor.GetStringAsync("/berita"), StringComparison.Ordinal);
        Assert.DoesNotContain("layanan-kpo-dibuka", await visitor.GetStringAsync("/berita/rss.xml"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/berita/tidak-pernah-ada")).StatusCode);
    }

    [Fact]
    public async Task An_editor_cannot_approve_own_text_and_a_major_update_shows_a_public_change_note()
    {
        await using var factory = new CmsFactory();
        var admin = factory.CreateBrowser();
        await admin.SignInAsAdminAsync();
        await UnitFeatureTests.CreateUserAsync(factory, admin, "editor1", "BIRO-HUMAS", "Editor Humas");
        await UnitFeatureTests.CreateUserAsync(factory, admin, "editor2", "BIRO-HUMAS", "Editor Humas");
        var first = await SignInAsync(factory, "editor1");
        var second = await SignInAsync(factory, "editor2");
        var visitor = factory.CreateBrowser();

        var id = await CreateNewsAsync(factory, first, "Hasil Integrasi Web Service Instansi");
        await PostActionAsync(first, id, "ajukan", []);

        // The setup recipe's workflow "alur-redaksi-humas" follows the item: reviewers told, now waiting for the review.
        var (finished, journal) = await WorkflowAsync(factory, id);
        Assert.False(finished);
        Assert.Contains("Naskah menunggu tinjauan: Hasil Integrasi Web Service Instansi", journal, StringComparison.Ordinal);
        await PostActionAsync(first, id, "setujui", []);
        Assert.Contains("editor lain", await first.GetStringAsync($"/admin/redaksi/{id}"), StringComparison.Ordinal);
        Assert.Equal("Review", await StatusAsync(first, id));

        await PostActionAsync(second, id, "setujui", []);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/berita/hasil-integrasi-web-service-instansi")).StatusCode);
        (finished, journal) = await WorkflowAsync(factory, id);
        Assert.True(finished);
        Assert.Contains("Naskah disetujui: Hasil Integrasi Web Service Instansi", journal, StringComparison.Ordinal);

        // A major correction: reviewed again, published with a public note.
        var edit = await first.GetStringAsync($"/admin/konten/{id}");
        await first.PostFormAsync($"/admin/konten/{id}", $"/admin/konten/{id}", NewsForm("Hasil Integrasi Web Service Instansi", "Realisasi 39 persen.", await UnitAsync(factory), VersionId(edit)));
        Assert.DoesNotContain("Realisasi 39 persen.", await visitor.GetStringAsync("/berita/hasil-integrasi-web-service-instansi"), StringComparison.Ordinal);
        await PostActionAsync(first, id, "ajukan", []);
        await PostActionAsync(second, id, "setujui", new() { ["changeNote"] = "Angka realisasi diperbaiki menjadi 39 persen." });

        var page = await visitor.GetStringAsync("/berita/hasil-integrasi-web-service-instansi");
        Assert.Contains("Realisasi 39 persen.", page, StringComparison.Ordinal);
        Assert.Contains("Angka realisasi diperbaiki menjadi 39 persen.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Channel_versions_are_checked_and_previewed_with_copy_buttons()
    {
        await using var factory = new CmsFactory();
        var admin = factory.CreateBrowser();
        await admin.SignInAsAdminAsync();
        var unit = await UnitAsync(factory);

        var form = NewsForm("Teks Kanal Terlalu Panjang", "Isi.", unit, null);
        form["Berita.TeksMedsos.Text"] = new string('x', 281);
        var refused = await admin.PostFormAsync("/admin/konten/baru/Berita", "/admin/konten/baru/Berita", form);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("paling banyak 280 karakter", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        form = NewsForm("Teks Kanal", "Isi.", unit, null);
        form["Berita.TeksMedsos.Text"] = "KPO less paper kini di 7 instansi pilot. #BKN";
        form["Berita.TeksWhatsApp.Text"] = "*KPO less paper*\nKini di 7 instansi pilot.";
        var created = await admin.PostFormAsync("/admin/konten/baru/Berita", "/admin/konten/baru/Berita", form);
        var id = created.Headers.Location!.ToString().Split('/').Last();
        var desk = await admin.GetStringAsync($"/admin/redaksi/{id}");
        Assert.Contains("KPO less paper kini di 7 instansi pilot. #BKN", desk, StringComparison.Ordinal);
        Assert.Contains("data-copy=\"salin-medsos\"", desk, StringComparison.Ordinal);
        Assert.Contains("data-copy=\"salin-wa\"", desk, StringComparison.Ordinal);
        Assert.Contains("<span data-count>45</span> / 280", desk, StringComparison.Ordinal);
        Assert.Contains("data-channel-preview", await admin.GetStringAsync($"/admin/konten/{id}"), StringComparison.Ordinal);
    }

    internal static async Task<HttpClient> SignInAsync(CmsFactory factory, string userName)
    {
        var client = factory.CreateBrowser();
        var response = await client.SignInAsync(userName, UnitFeatureTests.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    internal static async Task<(bool Finished, string Journal)> WorkflowAsync(CmsFactory factory, string id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var instance = await scope.ServiceProvider.GetRequiredService<Bkn.Cms.Data.CmsDbContext>().WorkflowInstances
            .Where(i => i.CorrelationId == id && i.WorkflowTypeId == "alur-redaksi-humas").OrderByDescending(i => i.Id).FirstAsync();
        return (instance.FinishedUtc is not null, System.Text.RegularExpressions.Regex.Unescape(instance.Journal));
    }

    internal static async Task<string> UnitAsync(CmsFactory factory) => (await UnitFeatureTests.UnitIdAsync(factory, "BIRO-HUMAS")).ToString();

    internal static Dictionary<string, string> NewsForm(string title, string body, string unit, string? versionId)
    {
        var form = new Dictionary<string, string>
        {
            ["TitlePart.Title"] = title,
            ["Berita.Ringkasan.Text"] = "Ringkasan " + title,
            ["BodyPart.Body"] = body,
            ["BodyPart.Format"] = "markdown",
            ["unitId"] = unit,
            ["submit"] = "simpan",
        };
        if (versionId is not null)
        {
            form["contentItemVersionId"] = versionId;
        }

        return form;
    }

    internal static async Task<string> CreateNewsAsync(CmsFactory factory, HttpClient client, string title)
    {
        var response = await client.PostFormAsync("/admin/konten/baru/Berita", "/admin/konten/baru/Berita", NewsForm(title, "Isi berita.", await UnitAsync(factory), null));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return response.Headers.Location!.ToString().Split('/').Last();
    }

    internal static async Task PostActionAsync(HttpClient client, string id, string action, Dictionary<string, string> fields)
    {
        var response = await client.PostFormAsync($"/admin/redaksi/{id}", $"/admin/redaksi/{id}/{action}", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    internal static async Task<string> StatusAsync(HttpClient client, string id) =>
        StatusRegex().Match(await client.GetStringAsync($"/admin/redaksi/{id}")).Groups[1].Value;

    internal static string VersionId(string editPage) => VersionRegex().Match(editPage).Groups[1].Value;

    [GeneratedRegex("data-status=\"([A-Za-z]+)\"")]
    private static partial Regex StatusRegex();

    [GeneratedRegex("name=\"contentItemVersionId\" value=\"([^\"]+)\"")]
    private static partial Regex VersionRegex();
}
