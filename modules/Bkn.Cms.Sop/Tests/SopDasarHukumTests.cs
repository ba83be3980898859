using System.Net;
using Bkn.Cms.Sop.Models;
using Bkn.Cms.Sop.Services;
using Bkn.Cms.Tests.Infrastructure;
using Bkn.Cms.Tests.Integration;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Tests.Modules.Sop;

/// <summary>Dasar Hukum: published regulations picked from the site's register and linked on the public page, next to free-text lines.</summary>
[Collection(SopCollection.Name)]
public sealed class SopDasarHukumTests(SopSite site)
{
    private const string Perka25 = "peraturanperka250000000001";

    private static async Task<string> PostAsync(HttpClient client, Dictionary<string, string> form)
    {
        var response = await client.PostFormAsync("/admin/sop/baru?unit=DIT-PENGADAAN", "/admin/sop/simpan", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_author_finds_a_published_regulation_and_adds_it_to_dasar_hukum_without_saving()
    {
        var author = await site.AsAsync("penyusun.kp");
        var unit = await UnitFeatureTests.UnitIdAsync(site.Factory, "DIT-PENGADAAN");
        var count = await site.DbAsync(db => db.Set<SopDocument>().CountAsync());
        var form = SopLifecycleTests.Form(unit, "SOP-UJI/021/2026");

        form["Perintah"] = "cari-peraturan";
        form["CariPeraturan"] = "25 tahun 2013";
        var found = await PostAsync(author, form);
        Assert.Contains("Peraturan Kepala Badan Kepegawaian Negara Nomor 25 Tahun 2013 tentang Pedoman Pemberian Persetujuan Teknis", found, StringComparison.Ordinal);
        Assert.Contains($"value=\"peraturan:{Perka25}\"", found, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"peraturan:peraturanperka260000000001\"", found, StringComparison.Ordinal);

        form["Perintah"] = "peraturan:" + Perka25;
        var added = await PostAsync(author, form);
        Assert.Contains("Peraturan ditambahkan ke Dasar Hukum; tekan Simpan.", added, StringComparison.Ordinal);
        Assert.Contains($"Peraturan Pemerintah Nomor 99 Tahun 2000\nPeraturan Kepala Badan Kepegawaian Negara Nomor 25 Tahun 2013 tentang", added, StringComparison.Ordinal);
        Assert.Contains($"| peraturan:{Perka25}</textarea>", added, StringComparison.Ordinal);

        // An item that is not a published regulation cannot be linked; nothing is saved by the picker.
        form["Perintah"] = "peraturan:bukanperaturan00000000000001";
        Assert.Contains("Peraturan itu tidak ditemukan atau belum terbit.", await PostAsync(author, form), StringComparison.Ordinal);
        Assert.Equal(count, await site.DbAsync(db => db.Set<SopDocument>().CountAsync()));
    }

    [Fact]
    public async Task The_public_page_links_a_picked_regulation_to_its_page_and_shows_free_text_lines_as_they_are()
    {
        var unit = await UnitFeatureTests.UnitIdAsync(site.Factory, "DIT-PENSIUN");
        var series = await site.DbAsync(async db =>
        {
            var sop = await db.Set<SopDocument>().OrderBy(s => s.Nomor).FirstAsync(s => s.UnitId == unit && s.Status == SopStatus.Berlaku);
            sop.DasarHukum = "Undang-Undang Nomor 11 Tahun 1969 tentang Pensiun Pegawai\n" + SopRegulations.Line("Perka BKN 25/2013 tentang Pertek KP", Perka25) + "\nPerka fiktif | peraturan:tidakada0000000000000001";
            await db.SaveChangesAsync();
            return sop.SeriesId;
        });

        var page = await site.Factory.CreateClient().GetStringAsync($"/informasi-publik/sop/{series}");

        Assert.Contains("<a href=\"/peraturan/perka-bkn-25-2013\">Perka BKN 25/2013 tentang Pertek KP</a>", page, StringComparison.Ordinal);
        Assert.Contains("Undang-Undang Nomor 11 Tahun 1969 tentang Pensiun Pegawai", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Undang-Undang Nomor 11 Tahun 1969 tentang Pensiun Pegawai</a>", page, StringComparison.Ordinal);
        Assert.Contains("Perka fiktif", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Perka fiktif</a>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("| peraturan:", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_keep_free_text_and_read_links_to_regulations()
    {
        var lines = SopRegulations.Parse("UU 5/2014\nPerka 25/2013 | peraturan:abc\nLama | /peraturan/lama\nA | B");

        Assert.Equal([("UU 5/2014", null, null), ("Perka 25/2013", "abc", null), ("Lama", null, "/peraturan/lama"), ("A | B", null, null)], lines);
        Assert.Equal("Judul a/b | peraturan:x", SopRegulations.Line("Judul a|b", "x"));
    }
}
