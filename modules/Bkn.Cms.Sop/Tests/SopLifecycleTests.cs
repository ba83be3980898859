using System.Net;
using System.Text.Json;
using Bkn.Cms.Sop.Models;
using Bkn.Cms.Tests.Infrastructure;
using Bkn.Cms.Tests.Integration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Modules.Sop;

/// <summary>One set-up site with the sample register and four people: an author and a unit head of Direktorat
/// Pengadaan dan Kepangkatan, an author of Direktorat Pensiun, and an evaluator of Ortala.</summary>
public sealed class SopSite : IAsyncLifetime
{
    public CmsFactory Factory { get; } = new();

    public async Task InitializeAsync()
    {
        var admin = Factory.CreateBrowser();
        await admin.SignInAsAdminAsync();
        await UnitFeatureTests.CreateUserAsync(Factory, admin, "penyusun.kp", "DIT-PENGADAAN", "Penyusun SOP");
        await UnitFeatureTests.CreateUserAsync(Factory, admin, "pengesah.kp", "DIT-PENGADAAN", "Pengesah SOP");
        await UnitFeatureTests.CreateUserAsync(Factory, admin, "penyusun.pensiun", "DIT-PENSIUN", "Penyusun SOP");
        await UnitFeatureTests.CreateUserAsync(Factory, admin, "evaluator", "BKN", "Evaluator SOP");
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    public async Task<HttpClient> AsAsync(string userName)
    {
        var client = Factory.CreateBrowser();
        var response = await client.SignInAsync(userName, UnitFeatureTests.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public async Task<T> DbAsync<T>(Func<DbContext, Task<T>> read)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<DbContext>());
    }
}

/// <summary>The SOP tests share one site (start-up and sample data cost seconds).</summary>
[CollectionDefinition(Name)]
public sealed class SopCollection : ICollectionFixture<SopSite>
{
    public const string Name = "Sop site";
}

/// <summary>The lifecycle as people click it, permissions per unit, the public pages and the API.</summary>
[Collection(SopCollection.Name)]
public sealed class SopLifecycleTests(SopSite site)
{
    internal static Dictionary<string, string> Form(Guid unitId, string nomor, string pelaksana = "Analis Kepegawaian")
    {
        var fields = new Dictionary<string, string>
        {
            ["Id"] = Guid.Empty.ToString(),
            ["UnitId"] = unitId.ToString(),
            ["Stamp"] = "0",
            ["Nomor"] = nomor,
            ["Nama"] = "Penerimaan Usul Kenaikan Pangkat Pilihan",
            ["TanggalPembuatan"] = "2026-11-02",
            ["DasarHukum"] = "Peraturan Pemerintah Nomor 99 Tahun 2000",
            ["Peringatan"] = "Usul terlambat ditunda ke periode berikutnya.",
            ["KualifikasiPelaksana"] = "Memahami SAPK",
            ["Peralatan"] = "Komputer",
            ["Pencatatan"] = "SAPK",
            ["Perintah"] = "simpan",
        };
        string[][] rows =
        [
            ["a", "Mulai", "Menerima usul kenaikan pangkat pilihan", pelaksana, "", ""],
            ["b", "Keputusan", "Berkas lengkap?", "Kepala Seksi", "c", "d"],
            ["c", "Kegiatan", "Menyusun nota persetujuan teknis", "Analis Kepegawaian", "", ""],
            ["d", "Selesai", "Mengembalikan berkas kepada instansi", "Analis Kepegawaian", "", ""],
            ["e", "Selesai", "Mengirim nota kepada instansi", "Direktur", "", ""],
        ];
        for (var i = 0; i < rows.Length; i++)
        {
            fields[$"Steps[{i}].Id"] = rows[i][0];
            fields[$"Steps[{i}].Kind"] = rows[i][1];
            fields[$"Steps[{i}].Kegiatan"] = rows[i][2];
            fields[$"Steps[{i}].Pelaksana"] = rows[i][3];
            fields[$"Steps[{i}].Yes"] = rows[i][4];
            fields[$"Steps[{i}].No"] = rows[i][5];
            fields[$"Steps[{i}].Waktu"] = "1 hari";
        }

        fields["Steps[2].Next"] = "e";
        return fields;
    }

    private async Task<Guid> UnitAsync(string code) => await UnitFeatureTests.UnitIdAsync(site.Factory, code);

    private async Task<SopDocument> SopAsync(Guid id) => await site.DbAsync(db => db.Set<SopDocument>().AsNoTracking().SingleAsync(s => s.Id == id));

    private async Task<HttpResponseMessage> MoveAsync(HttpClient client, Guid id, string action, Dictionary<string, string>? extra = null)
    {
        var fields = extra ?? [];
        fields["aksi"] = action;
        fields["stamp"] = (await SopAsync(id)).Stamp.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await client.PostFormAsync($"/admin/sop/{id}", $"/admin/sop/{id}/aksi", fields);
    }

    /// <summary>A refused admin request: the browser is sent to the access-denied page.</summary>
    private static void AssertRefused(HttpResponseMessage response) =>
        Assert.True(
            response.StatusCode == HttpStatusCode.Forbidden || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains(Bkn.Cms.Hosting.CmsPaths.AccessDenied, StringComparison.Ordinal)),
            $"Expected a refusal, got {(int)response.StatusCode} {response.Headers.Location}");

    internal static Guid IdFrom(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{(int)response.StatusCode}: {WebUtility.HtmlDecode(response.Content.ReadAsStringAsync().Result)[..Math.Min(3000, (int)(response.Content.Headers.ContentLength ?? 3000))]}");
        var location = response.Headers.Location!.ToString();
        return Guid.Parse(location.Split('/')[3].Split('?')[0]);
    }

    [Fact]
    public async Task An_sop_goes_from_draft_through_correction_validation_and_ratification_to_the_public_site()
    {
        var author = await site.AsAsync("penyusun.kp");
        var evaluator = await site.AsAsync("evaluator");
        var head = await site.AsAsync("pengesah.kp");
        var anonymous = site.Factory.CreateClient();
        var unit = await UnitAsync("DIT-PENGADAAN");

        var id = IdFrom(await author.PostFormAsync("/admin/sop/baru?unit=DIT-PENGADAAN", "/admin/sop/simpan", Form(unit, "SOP-UJI/001/2026")));
        Assert.Equal(SopStatus.Draf, (await SopAsync(id)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/informasi-publik/sop/{id}")).StatusCode);

        // The author's own unit head cannot validate; the evaluator cannot ratify; the author cannot ratify.
        Assert.Equal(HttpStatusCode.Redirect, (await MoveAsync(author, id, "Ajukan")).StatusCode);
        AssertRefused(await MoveAsync(head, id, "Validasi"));
        Assert.Equal(SopStatus.Diajukan, (await SopAsync(id)).Status);

        // Sent back with a note on row 1 (an executor-name finding); the author sees it on the row.
        Assert.Equal(HttpStatusCode.Redirect, (await MoveAsync(evaluator, id, "Kembalikan", new() { ["catatan-baris.a"] = "Nama jabatan pelaksana tidak sesuai SOTK." })).StatusCode);
        Assert.Equal(SopStatus.PerluPerbaikan, (await SopAsync(id)).Status);
        var editor = await author.GetStringAsync($"/admin/sop/{id}");
        Assert.Contains("Nama jabatan pelaksana tidak sesuai SOTK.", editor, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await MoveAsync(author, id, "Ajukan")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await MoveAsync(evaluator, id, "Validasi")).StatusCode);
        AssertRefused(await MoveAsync(author, id, "Sahkan"));
        AssertRefused(await MoveAsync(evaluator, id, "Sahkan"));

        // Ratification needs who ratifies; the refusal changes nothing.
        var refused = await MoveAsync(head, id, "Sahkan", new() { ["tanggalEfektif"] = "2026-12-01" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Lengkapi data pengesah", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(SopStatus.Divalidasi, (await SopAsync(id)).Status);

        await site.DbAsync(async db =>
        {
            var sop = await db.Set<SopDocument>().SingleAsync(s => s.Id == id);
            sop.DisahkanJabatan = "Direktur Pengadaan dan Kepangkatan";
            sop.DisahkanNama = "Pejabat Uji";
            sop.DisahkanNip = "197001011995031001";
            sop.Stamp++;
            return await db.SaveChangesAsync();
        });
        Assert.Equal(HttpStatusCode.Redirect, (await MoveAsync(head, id, "Sahkan", new() { ["tanggalEfektif"] = "2026-01-15" })).StatusCode);
        var ratified = await SopAsync(id);
        Assert.Equal(SopStatus.Berlaku, ratified.Status);
        Assert.Equal(new DateOnly(2026, 1, 15), ratified.TanggalEfektif);

        var page = await anonymous.GetStringAsync($"/informasi-publik/sop/{id}");
        Assert.Contains("Penerimaan Usul Kenaikan Pangkat Pilihan", page, StringComparison.Ordinal);
        Assert.Contains("<svg", page, StringComparison.Ordinal);
        Assert.Contains("class=\"sop-keputusan\"", page, StringComparison.Ordinal);
        var print = await anonymous.GetStringAsync($"/informasi-publik/sop/{id}/cetak");
        Assert.Contains("sop-print.css", print, StringComparison.Ordinal);
        Assert.Contains("sop-identity-sheet", print, StringComparison.Ordinal);
        Assert.Contains("SOP-UJI/001/2026", await anonymous.GetStringAsync("/informasi-publik/sop?q=nota+persetujuan+teknis"), StringComparison.Ordinal);

        // A revision is a new draft; the ratified version stays in force until the revision is ratified.
        var revision = IdFrom(await author.PostFormAsync($"/admin/sop/{id}", $"/admin/sop/{id}/revisi", []));
        Assert.NotEqual(id, revision);
        var draft = await SopAsync(revision);
        Assert.Equal((SopStatus.Draf, 2, ratified.SeriesId), (draft.Status, draft.Version, draft.SeriesId));
        Assert.NotNull(draft.TanggalRevisi);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/informasi-publik/sop/{ratified.SeriesId}")).StatusCode);
        Assert.Equal(SopStatus.Berlaku, (await SopAsync(id)).Status);
    }

    [Fact]
    public async Task The_editor_adds_and_moves_rows_without_saving_and_the_preview_redraws_the_flowchart()
    {
        var author = await site.AsAsync("penyusun.kp");
        var unit = await UnitAsync("DIT-PENGADAAN");
        var count = await site.DbAsync(db => db.Set<SopDocument>().CountAsync());
        var form = Form(unit, "SOP-UJI/004/2026");
        form["Perintah"] = "keputusan:2";

        var edited = WebUtility.HtmlDecode(await (await author.PostFormAsync("/admin/sop/baru?unit=DIT-PENGADAAN", "/admin/sop/simpan", form)).Content.ReadAsStringAsync());

        Assert.Contains("name=\"Steps[5].Kind\"", edited, StringComparison.Ordinal);
        Assert.Contains("Perubahan baris belum disimpan", edited, StringComparison.Ordinal);
        Assert.Equal(count, await site.DbAsync(db => db.Set<SopDocument>().CountAsync()));

        form["Perintah"] = "";
        var preview = await author.PostFormAsync("/admin/sop/baru?unit=DIT-PENGADAAN", "/admin/sop/pratinjau", form);
        Assert.Equal("image/svg+xml", preview.Content.Headers.ContentType!.MediaType);
        var svg = await preview.Content.ReadAsStringAsync();
        Assert.Contains("class=\"sop-keputusan\"", svg, StringComparison.Ordinal);
        Assert.Contains("Menyusun nota persetujuan teknis", svg, StringComparison.Ordinal);

        var other = await site.AsAsync("penyusun.pensiun");
        AssertRefused(await other.PostFormAsync("/admin/sop/baru?unit=DIT-PENSIUN", "/admin/sop/pratinjau", Form(unit, "SOP-UJI/005/2026")));
    }

    [Fact]
    public async Task Authors_act_only_in_their_own_unit()
    {
        var other = await site.AsAsync("penyusun.pensiun");
        var unit = await UnitAsync("DIT-PENGADAAN");
        var count = await site.DbAsync(db => db.Set<SopDocument>().CountAsync());

        var response = await other.PostFormAsync("/admin/sop/baru?unit=DIT-PENSIUN", "/admin/sop/simpan", Form(unit, "SOP-UJI/900/2026"));

        AssertRefused(response);
        Assert.Equal(count, await site.DbAsync(db => db.Set<SopDocument>().CountAsync()));
        var foreign = await site.DbAsync(db => db.Set<SopDocument>().Where(s => s.UnitId == unit).Select(s => s.Id).FirstAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/admin/sop/{foreign}")).StatusCode);
        var list = await other.GetStringAsync("/admin/sop");
        Assert.DoesNotContain("Direktorat Pengadaan dan Kepangkatan</td>", list, StringComparison.Ordinal);
        Assert.Contains("Direktorat Pensiun PNS dan Pejabat Negara</td>", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_duplicate_number_or_an_executor_outside_the_units_list_is_refused_at_submission_and_nothing_half_saved()
    {
        var author = await site.AsAsync("penyusun.kp");
        var unit = await UnitAsync("DIT-PENGADAAN");
        var count = await site.DbAsync(db => db.Set<SopDocument>().CountAsync());

        var duplicate = await author.PostFormAsync("/admin/sop/baru?unit=DIT-PENGADAAN", "/admin/sop/simpan", Form(unit, "SOP-DIT-PENGADAAN/001/2017"));

        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        Assert.Contains("sudah dipakai SOP lain di unit ini", WebUtility.HtmlDecode(await duplicate.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(count, await site.DbAsync(db => db.Set<SopDocument>().CountAsync()));

        // A draft with a wrong executor is kept (drafts may be unfinished) but cannot be submitted; the finding names the row.
        var id = IdFrom(await author.PostFormAsync("/admin/sop/baru?unit=DIT-PENGADAAN", "/admin/sop/simpan", Form(unit, "SOP-UJI/002/2026", "Kasubdit Kepangkatan")));
        var submitted = await MoveAsync(author, id, "Ajukan");
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Contains("Baris 1: pelaksana \"Kasubdit Kepangkatan\" bukan nama jabatan dalam SOTK unit ini.", WebUtility.HtmlDecode(await submitted.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(SopStatus.Draf, (await SopAsync(id)).Status);
    }

    [Fact]
    public async Task A_stale_editor_does_not_overwrite_a_newer_save()
    {
        var author = await site.AsAsync("penyusun.kp");
        var unit = await UnitAsync("DIT-PENGADAAN");
        var id = IdFrom(await author.PostFormAsync("/admin/sop/baru?unit=DIT-PENGADAAN", "/admin/sop/simpan", Form(unit, "SOP-UJI/003/2026")));
        var form = Form(unit, "SOP-UJI/003/2026");
        form["Id"] = id.ToString();
        form["Stamp"] = "1";
        form["Nama"] = "Perubahan pertama";
        Assert.Equal(HttpStatusCode.Redirect, (await author.PostFormAsync($"/admin/sop/{id}", "/admin/sop/simpan", form)).StatusCode);

        form["Nama"] = "Perubahan dari tab lama";
        var stale = await author.PostFormAsync($"/admin/sop/{id}", "/admin/sop/simpan", form);

        Assert.Contains("sudah diubah orang lain", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Perubahan pertama", (await SopAsync(id)).Nama);
    }

    [Fact]
    public async Task The_api_lists_the_register_of_the_callers_units_with_a_total_and_serves_the_flowchart()
    {
        var client = site.Factory.CreateClient();
        client.UseBearer(await client.TokenAsync("evaluator", UnitFeatureTests.Password));

        using var pensiun = JsonDocument.Parse(await client.GetStringAsync("/api/sop?unit=DIT-PENSIUN"));
        using var all = JsonDocument.Parse(await client.GetStringAsync("/api/sop?status=berlaku&page=2"));
        Assert.Equal(21, pensiun.RootElement.GetProperty("total").GetInt32());
        Assert.True(all.RootElement.GetProperty("total").GetInt32() > 100);
        Assert.All(all.RootElement.GetProperty("items").EnumerateArray(), i => Assert.Equal("berlaku", i.GetProperty("status").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/sop?status=entah")).StatusCode);

        var id = pensiun.RootElement.GetProperty("items")[0].GetProperty("id").GetGuid();
        var svg = await client.GetAsync($"/api/sop/{id}/flowchart.svg");
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("<svg", await svg.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var author = site.Factory.CreateClient();
        author.UseBearer(await author.TokenAsync("penyusun.kp", UnitFeatureTests.Password));
        using var own = JsonDocument.Parse(await author.GetStringAsync("/api/sop?unit=DIT-PENSIUN"));
        Assert.Equal(0, own.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await author.GetAsync($"/api/sop/{id}/flowchart.svg")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await site.Factory.CreateClient().GetAsync("/api/sop")).StatusCode);
    }

    [Fact]
    public async Task The_sample_register_reproduces_the_2017_report()
    {
        var meetings = await site.DbAsync(db => db.Set<SopMeeting>().Where(m => m.Date < new DateOnly(2018, 1, 1)).ToListAsync());
        Assert.Equal(24, meetings.Count);
        Assert.Equal(468, meetings.Sum(m => m.SopCount));
        var meetingUnits = meetings.Select(m => m.UnitId).ToList();
        Assert.Equal(468, await site.DbAsync(db => db.Set<SopDocument>().CountAsync(s => meetingUnits.Contains(s.UnitId) && s.Nomor.EndsWith("/2017"))));

        var evaluator = await site.AsAsync("evaluator");
        var dashboard = await evaluator.GetStringAsync("/admin/sop/dasbor");
        Assert.Contains("data-category=\"BelumMenyerahkan\"", dashboard, StringComparison.Ordinal);
        var categories = await site.DbAsync(db => db.Set<SopUnitAssessment>().Where(a => a.Year == 2017).GroupBy(a => a.Category).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count));
        Assert.Equal(18, categories[UnitCategory.BelumMenyerahkan]);
        Assert.Equal(7, categories[UnitCategory.DivalidasiDisahkan]);
        Assert.Equal(2, categories[UnitCategory.DiperbaikiBelumSesuai]);
        Assert.Equal(2, categories[UnitCategory.DisahkanBelumSesuai]);
        AssertRefused(await (await site.AsAsync("penyusun.kp")).GetAsync("/admin/sop/dasbor"));
    }
}

/// <summary>Validation meetings and the Excel export, as the Ortala evaluator uses them.</summary>
[Collection(SopCollection.Name)]
public sealed class SopMeetingTests(SopSite site)
{
    [Fact]
    public async Task A_nonconforming_finding_in_a_meeting_sends_a_submitted_sop_back_and_the_export_lists_the_register()
    {
        var evaluator = await site.AsAsync("evaluator");
        var unit = await UnitFeatureTests.UnitIdAsync(site.Factory, "DIT-ARSIP-1");
        var submitted = await site.DbAsync(db => db.Set<SopDocument>().AsNoTracking().FirstAsync(s => s.UnitId == unit && s.Status == SopStatus.Diajukan));

        var created = await evaluator.PostFormAsync("/admin/sop/rapat", "/admin/sop/rapat", new() { ["unit"] = "DIT-ARSIP-1", ["date"] = "2026-11-20", ["participants"] = "Ortala; Arsip I" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var meeting = created.Headers.Location!.ToString();
        var finding = await evaluator.PostFormAsync(meeting, meeting + "/temuan", new() { ["sop"] = submitted.Id.ToString(), ["simbol"] = "true", ["substansi"] = "true", ["efektivitas"] = "true", ["catatan"] = "Nama jabatan Arsiparis belum sesuai SOTK." });

        Assert.Equal(HttpStatusCode.Redirect, finding.StatusCode);
        var after = await site.DbAsync(db => db.Set<SopDocument>().AsNoTracking().SingleAsync(s => s.Id == submitted.Id));
        Assert.Equal(SopStatus.PerluPerbaikan, after.Status);
        Assert.Contains("Nama jabatan Arsiparis", await evaluator.GetStringAsync(meeting), StringComparison.Ordinal);

        var export = await evaluator.GetAsync("/admin/sop/ekspor?unit=DIT-ARSIP-1");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType!.MediaType);
        using var workbook = new ClosedXML.Excel.XLWorkbook(await export.Content.ReadAsStreamAsync());
        Assert.Equal(19 + 1, workbook.Worksheet("Register SOP").LastRowUsed()!.RowNumber());
        Assert.True(workbook.Worksheet("Rapat Validasi").LastRowUsed()!.RowNumber() >= 24 + 1 + 1);
    }
}
