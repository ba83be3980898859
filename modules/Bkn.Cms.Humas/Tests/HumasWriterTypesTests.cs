using System.Net;
using Bkn.Cms.Tests.Infrastructure;
using Bkn.Cms.Tests.Integration;
using Bkn.Cms.Tests.Integration.Humas;

namespace Bkn.Cms.Tests.Modules.Humas;

/// <summary>
/// A Penulis Humas writes news and press releases in their own unit, nothing else: no regulations, no pages, no
/// services; the buttons offer only what they may write, and the role editor lists the per-type writing permission.
/// </summary>
public sealed class HumasWriterTypesTests(SharedHost host) : IClassFixture<SharedHost>
{
    [Fact]
    public async Task A_writer_creates_news_and_press_releases_but_not_regulations_or_pages()
    {
        var admin = host.Factory.CreateBrowser();
        await admin.SignInAsAdminAsync();
        await UnitFeatureTests.CreateUserAsync(host.Factory, admin, "penulis.jenis", "BIRO-HUMAS", "Penulis Humas");
        var writer = await EditorialWorkflowTests.SignInAsync(host.Factory, "penulis.jenis");
        var unit = await EditorialWorkflowTests.UnitAsync(host.Factory);

        var news = await writer.PostFormAsync("/admin/konten/baru/Berita", "/admin/konten/baru/Berita", EditorialWorkflowTests.NewsForm("Berita Penulis Jenis", "Isi.", unit, null));
        Assert.Equal(HttpStatusCode.Redirect, news.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await writer.GetAsync("/admin/konten/baru/SiaranPers")).StatusCode);

        await AssertRefusedAsync(writer, "/admin/konten/baru/Peraturan");
        await AssertRefusedAsync(writer, "/admin/konten/baru/Halaman");
        var regulation = await writer.PostFormAsync("/admin/konten/baru/Berita", "/admin/konten/baru/Peraturan", new()
        {
            ["TitlePart.Title"] = "Peraturan Tanpa Hak",
            ["unitId"] = unit,
            ["submit"] = "simpan",
        });
        Assert.NotEqual(HttpStatusCode.Redirect, regulation.StatusCode);
        Assert.DoesNotContain("Peraturan Tanpa Hak", await admin.GetStringAsync("/admin/konten?type=Peraturan"), StringComparison.Ordinal);

        var list = WebUtility.HtmlDecode(await writer.GetStringAsync("/admin/konten"));
        Assert.Contains("href=\"/admin/konten/baru/Berita\"", list, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/konten/baru/SiaranPers\"", list, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/admin/konten/baru/Peraturan\"", list, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/admin/konten/baru/Halaman\"", list, StringComparison.Ordinal);
        Assert.Contains("Berita Penulis Jenis", list, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/konten\"", list, StringComparison.Ordinal);

        var desk = WebUtility.HtmlDecode(await writer.GetStringAsync("/admin/redaksi"));
        Assert.Contains("Tulis berita", desk, StringComparison.Ordinal);
        Assert.Contains("Tulis siaran pers", desk, StringComparison.Ordinal);
        Assert.DoesNotContain("Tulis peraturan", desk, StringComparison.Ordinal);

        // The editor still writes every type.
        var editorDesk = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/redaksi"));
        Assert.Contains("Tulis peraturan", editorDesk, StringComparison.Ordinal);
    }

    private static async Task AssertRefusedAsync(HttpClient browser, string url)
    {
        var response = await browser.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{url}: {(int)response.StatusCode}");
        Assert.StartsWith("/akun/ditolak", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_role_editor_offers_writing_one_type_and_a_role_with_it_writes_only_that_type()
    {
        var admin = host.Factory.CreateBrowser();
        await admin.SignInAsAdminAsync();
        var editor = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/peran/baru"));
        Assert.Contains("Grants[EditContent:Halaman]", editor, StringComparison.Ordinal);
        Assert.Contains("Membuat dan mengubah Halaman", editor, StringComparison.Ordinal);

        await UnitFeatureTests.CreateRoleAsync(admin, "Penulis Halaman Uji", ("EditContent:Halaman", "OwnUnit"));
        await UnitFeatureTests.CreateUserAsync(host.Factory, admin, "penulis.halaman", "BIRO-HUMAS", "Penulis Halaman Uji");
        var writer = await EditorialWorkflowTests.SignInAsync(host.Factory, "penulis.halaman");
        Assert.Equal(HttpStatusCode.OK, (await writer.GetAsync("/admin/konten/baru/Halaman")).StatusCode);
        await AssertRefusedAsync(writer, "/admin/konten/baru/Berita");
        await AssertRefusedAsync(writer, "/admin/redaksi");
    }
}
