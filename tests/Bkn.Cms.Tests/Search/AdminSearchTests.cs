using System.Net;
using Bkn.Cms.Search.Indexing;
using Bkn.Cms.Tests.Infrastructure;
using Bkn.Cms.Tests.Integration;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Search;

public sealed class AdminSearchTests
{
    [Fact]
    public async Task The_content_list_searches_drafts_by_word_roots_within_the_users_unit_scope()
    {
        await using var factory = new CmsFactory();
        var admin = factory.CreateBrowser();
        await admin.SignInAsAdminAsync();
        await UnitFeatureTests.CreateWriterAsync(factory, admin, "penulis", "BIRO-HUMAS");
        var humas = await UnitFeatureTests.UnitIdAsync(factory, "BIRO-HUMAS");
        var pdik = await UnitFeatureTests.UnitIdAsync(factory, "DIT-PDIK");
        await SearchTestData.PageAsync(factory, "Rilis Humas", "Draf tentang kenaikan pangkat periode April.", publish: false, unit: humas);
        await SearchTestData.PageAsync(factory, "Catatan PDIK", "Draf tentang kepangkatan dari unit lain.", publish: false, unit: pdik);
        await SearchTestData.PageAsync(factory, "Jadwal Cuti", "Tidak relevan.", publish: false, unit: humas);
        await SearchTestData.WaitUntilCaughtUpAsync(factory, "konten");

        // The body (not only the title) is searched, drafts included, and "pangkat" matches "kepangkatan".
        var all = await admin.GetStringAsync("/admin/konten?q=pangkat");
        Assert.Contains("Rilis Humas", all, StringComparison.Ordinal);
        Assert.Contains("Catatan PDIK", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Jadwal Cuti", all, StringComparison.Ordinal);

        var writer = factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await writer.SignInAsync("penulis", "Pengguna-Uji-2026")).StatusCode);
        var own = await writer.GetStringAsync("/admin/konten?q=pangkat");
        Assert.Contains("Rilis Humas", own, StringComparison.Ordinal);
        Assert.DoesNotContain("Catatan PDIK", own, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_search_feature_the_list_falls_back_to_the_title_filter()
    {
        await using var factory = new CmsFactory();
        var api = await FeatureGatingTests.ApiAsync(factory);
        var admin = factory.CreateBrowser();
        await admin.SignInAsAdminAsync();
        await SearchTestData.PageAsync(factory, "Rilis Humas", "Draf tentang kenaikan pangkat.", publish: false);
        await SearchTestData.WaitUntilCaughtUpAsync(factory, "konten");
        Assert.Contains("Rilis Humas", await admin.GetStringAsync("/admin/konten?q=pangkat"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync("/api/features/Bkn.Cms.Search/disable", null)).StatusCode);
        Assert.DoesNotContain("Rilis Humas", await admin.GetStringAsync("/admin/konten?q=pangkat"), StringComparison.Ordinal);
        Assert.Contains("Rilis Humas", await admin.GetStringAsync("/admin/konten?q=rilis"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/cari?q=pangkat")).StatusCode);

        // Changes made while search was off are still logged: switched back on, the index catches up.
        await SearchTestData.PageAsync(factory, "Edaran Mutasi", "Draf tentang mutasi pegawai.", publish: false);
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync("/api/features/Bkn.Cms.Search/enable", null)).StatusCode);
        await Eventually.TrueAsync(
            async () => (await admin.GetStringAsync("/admin/konten?q=mutasi")).Contains("Edaran Mutasi", StringComparison.Ordinal),
            TimeSpan.FromSeconds(30),
            "the change made while search was off is indexed");
    }

    [Fact]
    public async Task The_index_page_shows_counts_and_a_rebuild_keeps_serving_and_finishes()
    {
        await using var factory = new CmsFactory();
        var admin = factory.CreateBrowser();
        await admin.SignInAsAdminAsync();
        await SearchTestData.WaitUntilCaughtUpAsync(factory);

        var page = await admin.GetStringAsync("/admin/indeks-pencarian");
        Assert.Contains("publik", page, StringComparison.Ordinal);
        Assert.Contains("konten", page, StringComparison.Ordinal);
        var manager = factory.Services.GetRequiredService<SearchIndexManager>();
        var before = manager.Find("publik")!.Active!.Version;

        var rebuild = await admin.PostFormAsync("/admin/indeks-pencarian", "/admin/indeks-pencarian/publik/bangun-ulang", []);
        Assert.Equal(HttpStatusCode.Redirect, rebuild.StatusCode);
        await Eventually.TrueAsync(() => Task.FromResult(manager.Find("publik")!.Active?.Version > before), TimeSpan.FromSeconds(30), "the rebuilt copy is swapped in");
        var status = await admin.GetStringAsync("/admin/indeks-pencarian/status");
        Assert.Contains("\"name\":\"publik\"", status, StringComparison.Ordinal);
        Assert.Contains($"\"documents\":{manager.Find("publik")!.Active!.DocumentCount()}", status, StringComparison.Ordinal);

        var reset = await admin.PostFormAsync("/admin/indeks-pencarian", "/admin/indeks-pencarian/publik/reset", []);
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        await SearchTestData.WaitUntilCaughtUpAsync(factory);
        Assert.Contains("Tentang BKN", string.Join('|', await SearchTestData.TitlesAsync(factory.CreateBrowser(), "bkn")), StringComparison.Ordinal);

        var anonymous = factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/admin/indeks-pencarian/status")).StatusCode);
    }
}
