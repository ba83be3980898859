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
