using System.Net;
using Bkn.Cms.Sop.Models;
using Bkn.Cms.Tests.Infrastructure;
using Bkn.Cms.Tests.Integration;
using Bkn.Cms.Tests.Search;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Tests.Modules.Sop;

/// <summary>The public search (/cari) finds the SOPs in force by number, name and activity text, and forgets revoked ones.</summary>
[Collection(SopCollection.Name)]
public sealed class SopSearchTests(SopSite site)
{
    private const string Nomor = "SOP-CARI/017/2026";

    private async Task<SopDocument> SopAsync(Guid id) => await site.DbAsync(db => db.Set<SopDocument>().AsNoTracking().SingleAsync(s => s.Id == id));

    private async Task MoveAsync(HttpClient client, Guid id, string action, Dictionary<string, string>? extra = null)
    {
        var fields = extra ?? [];
        fields["aksi"] = action;
        fields["stamp"] = (await SopAsync(id)).Stamp.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var response = await client.PostFormAsync($"/admin/sop/{id}", $"/admin/sop/{id}/aksi", fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{action}: {(int)response.StatusCode}");
    }

    private static async Task<List<(string Title, string? Url, string Type)>> FindAsync(HttpClient visitor, string query)
    {
        var results = await SearchTestData.SearchAsync(visitor, query);
        return [.. results["items"]!.AsArray().Select(i => (i!["title"]!.GetValue<string>(), i["url"]?.GetValue<string>(), i["type"]!.GetValue<string>()))];
    }

    [Fact]
    public async Task A_ratified_sop_is_found_by_its_number_and_an_activity_word_and_a_revoked_one_is_gone()
    {
        var author = await site.AsAsync("penyusun.kp");
        var evaluator = await site.AsAsync("evaluator");
        var head = await site.AsAsync("pengesah.kp");
        var visitor = site.Factory.CreateClient();
        var unit = await UnitFeatureTests.UnitIdAsync(site.Factory, "DIT-PENGADAAN");
        var form = SopLifecycleTests.Form(unit, Nomor);
        form["Nama"] = "Pemberian Pertimbangan Teknis Kenaikan Pangkat Anumerta";
        form["Steps[2].Kegiatan"] = "Menyusun nota kalibrasi pertimbangan teknis";
        form["DisahkanJabatan"] = "Direktur Pengadaan dan Kepangkatan";
        form["DisahkanNama"] = "Pejabat Uji";
        form["DisahkanNip"] = "197001011995031001";
        var id = SopLifecycleTests.IdFrom(await author.PostFormAsync("/admin/sop/baru?unit=DIT-PENGADAAN", "/admin/sop/simpan", form));
        var address = $"/informasi-publik/sop/{(await SopAsync(id)).SeriesId}";

        // Submitted and validated: not public yet, so not found.
        await MoveAsync(author, id, "Ajukan");
        await MoveAsync(evaluator, id, "Validasi");
        await SearchTestData.WaitUntilCaughtUpAsync(site.Factory);
        Assert.DoesNotContain(await FindAsync(visitor, Nomor), r => r.Url == address);

        await MoveAsync(head, id, "Sahkan", new() { ["tanggalEfektif"] = "2026-01-15" });
        Assert.Equal(SopStatus.Berlaku, (await SopAsync(id)).Status);
        await SearchTestData.WaitUntilCaughtUpAsync(site.Factory);

        // By number: first, as an SOP, linking to its public page; the result page shows the link and the type.
        var byNumber = await FindAsync(visitor, Nomor);
        Assert.Equal(("Pemberian Pertimbangan Teknis Kenaikan Pangkat Anumerta", address, "Sop"), byNumber[0]);
        var page = await visitor.GetStringAsync("/cari?q=" + Uri.EscapeDataString(Nomor));
        Assert.Contains($"href=\"{address}\"", page, StringComparison.Ordinal);
        Assert.Contains(">SOP<", page, StringComparison.Ordinal);

        // By a word of an activity (stemmed like any page), and by the type filter.
        Assert.Contains(await FindAsync(visitor, "kalibrasi"), r => r.Url == address);
        var typed = await SearchTestData.SearchAsync(visitor, "anumerta", "&type=Sop");
        Assert.Equal(address, typed["items"]![0]!["url"]!.GetValue<string>());

        // Revoked: gone from the search.
        await MoveAsync(head, id, "Cabut", new() { ["catatan"] = "Digantikan SOP gabungan." });
        await SearchTestData.WaitUntilCaughtUpAsync(site.Factory);
        Assert.DoesNotContain(await FindAsync(visitor, Nomor), r => r.Url == address);
        Assert.DoesNotContain(await FindAsync(visitor, "kalibrasi"), r => r.Url == address);
    }
}

/// <summary>
/// A site set up without the SOP sample data (its public index lists only "Halaman"): an SOP put in force is still found
/// by /cari, because the module declares its documents public (<see cref="Bkn.Cms.Search.ISearchDocumentSource.AlwaysPublic"/>).
/// </summary>
public sealed class SopSearchWithoutSampleDataTests : IAsyncLifetime
{
    private const string Nomor = "SOP-TANPA-CONTOH/001/2026";

    private const string Recipe = """
        {
          "name": "sop-tanpa-contoh",
          "steps": [
            { "name": "units", "units": [ { "code": "BKN", "name": "Badan Kepegawaian Negara", "kind": "Badan", "children": [ { "code": "DIT-PENGADAAN", "name": "Direktorat Pengadaan dan Kepangkatan", "kind": "Direktorat" } ] } ] },
            { "name": "roles", "roles": [ { "name": "Administrator", "description": "Semua izin di semua unit.", "system": true } ] },
            { "name": "users", "users": [ { "userName": "admin", "displayName": "Administrator", "unit": "BKN", "roles": [ "Administrator" ], "passwordEnvironmentVariable": "BKN_ADMIN_PASSWORD" } ] },
            { "name": "feature", "enable": [ "Bkn.Cms.Contents", "Bkn.Cms.Search", "Bkn.Cms.Sop" ] },
            { "name": "SearchIndexes", "indexes": [ { "name": "publik", "analyzer": "indonesian", "contentTypes": [ "Halaman" ], "publishedOnly": true, "parts": [], "storeText": true } ] }
          ]
        }
        """;

    private readonly string _recipe = Path.Combine(Path.GetTempPath(), $"bkn-sop-tanpa-contoh-{Guid.NewGuid():N}.recipe.json");
    private CmsFactory _factory = null!;

    public Task InitializeAsync()
    {
        File.WriteAllText(_recipe, Recipe);
        _factory = new CmsFactory(settings: new() { ["App:SetupRecipe"] = _recipe });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        File.Delete(_recipe);
    }

    [Fact]
    public async Task An_sop_put_in_force_is_found_by_its_number_though_the_public_index_does_not_list_sops()
    {
        var unit = await UnitFeatureTests.UnitIdAsync(_factory, "DIT-PENGADAAN");
        var id = Guid.NewGuid();
        await SopWorkflowProbe.DbAsync(_factory, db =>
        {
            db.Add(new SopDocument
            {
                Id = id, SeriesId = id, UnitId = unit, Nomor = Nomor, Nama = "Penetapan Nomor Induk Pegawai Tanpa Data Contoh",
                Status = SopStatus.Divalidasi, DisahkanJabatan = "Direktur Pengadaan dan Kepangkatan", DisahkanNama = "Pejabat Uji",
                DisahkanNip = "197001011995031001", CreatedUtc = DateTime.UtcNow, UpdatedUtc = DateTime.UtcNow, Stamp = 1,
                FlowchartJson = new Flowchart
                {
                    Steps =
                    [
                        new FlowStep { Id = "a", Kind = StepKind.Mulai, Kegiatan = "Menerima usul penetapan NIP", Pelaksana = "Analis Kepegawaian", Waktu = "1 hari" },
                        new FlowStep { Id = "b", Kind = StepKind.Selesai, Kegiatan = "Menetapkan NIP", Pelaksana = "Direktur", Waktu = "1 hari" },
                    ],
                }.ToJson(),
            });
            return db.SaveChangesAsync();
        });
        var admin = _factory.CreateBrowser();
        await admin.SignInAsAdminAsync();

        var ratified = await SopWorkflowProbe.MoveAsync(_factory, admin, id, "Sahkan", new() { ["tanggalEfektif"] = "2026-01-15" });

        Assert.Equal(HttpStatusCode.Redirect, ratified.StatusCode);
        Assert.Equal(SopStatus.Berlaku, await SopWorkflowProbe.DbAsync(_factory, db => db.Set<SopDocument>().Where(s => s.Id == id).Select(s => s.Status).SingleAsync()));
        await SearchTestData.WaitUntilCaughtUpAsync(_factory);
        var page = await _factory.CreateClient().GetStringAsync("/cari?q=" + Uri.EscapeDataString(Nomor));
        Assert.Contains($"href=\"/informasi-publik/sop/{id}\"", page, StringComparison.Ordinal);
        Assert.Contains("Penetapan Nomor Induk Pegawai", page, StringComparison.Ordinal);
    }
}
