using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Bkn.Cms.Tests.Infrastructure;
using Bkn.Cms.Tests.Integration;
using Bkn.Cms.Tests.Integration.Humas;

namespace Bkn.Cms.Tests.Modules.Humas;

/// <summary>
/// Pictures of the public site and the editor's picture tools (issue items 10–12): sample news have pictures with the
/// library's alt text and WebP/JPEG copies, uploads get copies, the media library sees where a picture is used, the
/// editor picks from thumbnails and has an alt field, and the review desk shows changes and confirms unpublishing.
/// </summary>
public sealed partial class HumasImagesTests(SharedHost host) : IClassFixture<SharedHost>
{
    private const string SampleNews = "beritabkn00000000000000001";
    private const string SampleAlt = "Ilustrasi berkas usul kenaikan pangkat digital dengan tanda centang";

    [Fact]
    public async Task The_home_page_and_a_news_page_show_the_news_picture_with_its_library_alt_text_copies_and_OpenGraph_image()
    {
        var visitor = host.Factory.CreateClient();
        var home = WebUtility.HtmlDecode(await visitor.GetStringAsync("/"));
        Assert.Contains("emblem.svg", home, StringComparison.Ordinal);
        Assert.Contains("rel=\"icon\"", home, StringComparison.Ordinal);
        Assert.Contains("<picture>", home, StringComparison.Ordinal);
        Assert.Matches(@"<source type=""image/webp"" srcset=""/media/berita/contoh/[a-z0-9-]+\.thumb\.webp 320w, /media/berita/contoh/[a-z0-9-]+\.card\.webp 640w""", home);
        Assert.Matches("<img src=\"/media/berita/contoh/[a-z0-9-]+\\.card\\.jpg\" srcset=\"[^\"]+\" sizes=\"[^\"]+\" alt=\"Ilustrasi [^\"]+\"", home);
        Assert.DoesNotMatch("<img src=\"/media/[^\"]+\" alt=\"\"", home);

        var list = WebUtility.HtmlDecode(await visitor.GetStringAsync("/berita"));
        Assert.Contains($"alt=\"{SampleAlt}\"", list, StringComparison.Ordinal);
        var path = NewsLink().Match(list).Groups[1].Value;
        Assert.NotEmpty(path);
        var page = WebUtility.HtmlDecode(await visitor.GetStringAsync("/" + path));
        Assert.Contains($"alt=\"{SampleAlt}\"", page, StringComparison.Ordinal);
        Assert.Matches(@"<meta property=""og:image"" content=""https?://[^""]+/media/berita/contoh/kpo-uji-coba\.full\.jpg""", page);
        Assert.Contains($"<meta property=\"og:image:alt\" content=\"{SampleAlt}\"", page, StringComparison.Ordinal);

        var webp = await visitor.GetAsync("/media/berita/contoh/kpo-uji-coba.card.webp");
        Assert.Equal(HttpStatusCode.OK, webp.StatusCode);
        Assert.Equal("image/webp", webp.Content.Headers.ContentType!.MediaType);
        var bytes = await webp.Content.ReadAsByteArrayAsync();
        Assert.Equal("RIFF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.Equal("WEBP", System.Text.Encoding.ASCII.GetString(bytes, 8, 4));
        var jpeg = await visitor.GetAsync("/media/berita/contoh/kpo-uji-coba.thumb.jpg");
        Assert.Equal("image/jpeg", jpeg.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/media/berita/contoh/tidak-ada.card.webp")).StatusCode);
    }

    [Fact]
    public async Task A_page_without_its_own_picture_is_shared_with_the_site_emblem_as_a_1200_by_630_PNG()
    {
        var visitor = host.Factory.CreateClient();
        var page = WebUtility.HtmlDecode(await visitor.GetStringAsync("/peraturan"));
        var image = Regex.Match(page, @"<meta property=""og:image"" content=""https?://[^/""]+(/_content/Bkn\.Themes\.Public/og-default\.png)""");
        Assert.True(image.Success, "og:image of the regulation list");
        Assert.Contains("<meta property=\"og:image:alt\" content=\"Lambang ", page, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(page, "property=\"og:image\""));

        var png = await visitor.GetAsync(image.Groups[1].Value);
        Assert.Equal("image/png", png.Content.Headers.ContentType!.MediaType);
        var bytes = await png.Content.ReadAsByteArrayAsync();
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(bytes, 12, 4));
        Assert.Equal(1200, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)));
        Assert.Equal(630, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));

        // A news page keeps its own picture and gets no second image.
        var list = WebUtility.HtmlDecode(await visitor.GetStringAsync("/berita"));
        var news = WebUtility.HtmlDecode(await visitor.GetStringAsync("/" + NewsLink().Match(list).Groups[1].Value));
        Assert.Single(Regex.Matches(news, "property=\"og:image\""));
        Assert.DoesNotContain("og-default.png", news, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_uploaded_photo_gets_thumbnail_card_and_full_copies_and_a_picture_in_use_is_shown_as_used()
    {
        var admin = host.Factory.CreateBrowser();
        await admin.SignInAsAdminAsync();

        var photo = Bkn.Cms.Media.Imaging.SamplePicture.Paint(1600, 1200, "#0b3d91", "#f2a900", "people", 7);
        var token = await admin.AntiforgeryTokenAsync("/admin/media");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("uji/foto"), "folder" },
            { new StringContent("Pegawai di ruang layanan"), "altText" },
        };
        var file = new ByteArrayContent(photo);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        form.Add(file, "file", "Foto Layanan.jpg");
        var upload = await admin.PostAsync("/admin/media/unggah", form);
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var detail = WebUtility.HtmlDecode(await admin.GetStringAsync(upload.Headers.Location!.OriginalString));
        Assert.Contains("1600 × 1200 px", detail, StringComparison.Ordinal);
        var card = CardLink().Match(detail).Groups[1].Value;
        Assert.EndsWith(".card.webp", card, StringComparison.Ordinal);
        var served = await host.Factory.CreateClient().GetAsync(card);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.True((await served.Content.ReadAsByteArrayAsync()).Length < photo.Length);
        Assert.Contains("Belum dipakai konten mana pun.", detail, StringComparison.Ordinal);

        // The sample news item names its picture by path in its media field: the library must see that use.
        var list = await admin.GetStringAsync("/admin/media?q=kpo-uji-coba");
        var sample = WebUtility.HtmlDecode(await admin.GetStringAsync(MediaLink().Match(list).Groups[1].Value));
        Assert.Contains("BKN Uji Coba Kenaikan Pangkat Otomatis", sample, StringComparison.Ordinal);
        Assert.DoesNotContain("Belum dipakai konten mana pun.", sample, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_editor_picks_the_picture_from_thumbnails_and_has_an_alt_field_and_the_review_page_shows_the_changes()
    {
        var admin = host.Factory.CreateBrowser();
        await admin.SignInAsAdminAsync();
        const string id = "beritabkn00000000000000003";
        var edit = await admin.GetStringAsync($"/admin/konten/{id}");
        Assert.Contains("name=\"Berita.Gambar.AltText\"", edit, StringComparison.Ordinal);
        Assert.Matches(@"type=""radio"" name=""Berita\.Gambar\.Paths\[\]"" value=""berita/contoh/rekonsiliasi-data\.jpg"" checked=""checked""", edit);
        Assert.Contains("rekonsiliasi-data.thumb.jpg", edit, StringComparison.Ordinal);
        Assert.DoesNotContain("<option value=\"berita/contoh", edit, StringComparison.Ordinal);

        // The draft changes the body and gives the picture its own alt text.
        var fields = EditorialWorkflowTests.NewsForm("Rekonsiliasi Data Jadi Langkah Awal Usul KP Less Paper", "Rekonsiliasi data wajib dilakukan melalui SAPK.", await EditorialWorkflowTests.UnitAsync(host.Factory), EditorialWorkflowTests.VersionId(edit));
        fields["Berita.Gambar.Paths[]"] = "berita/contoh/rekonsiliasi-data.jpg";
        fields["Berita.Gambar.AltText"] = "Petugas mencocokkan data pegawai";
        var saved = await admin.PostFormAsync($"/admin/konten/{id}", $"/admin/konten/{id}", fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("value=\"Petugas mencocokkan data pegawai\"", await admin.GetStringAsync($"/admin/konten/{id}"), StringComparison.Ordinal);

        var review = WebUtility.HtmlDecode(await admin.GetStringAsync($"/admin/redaksi/{id}"));
        Assert.Contains("Perubahan sejak versi terbit", review, StringComparison.Ordinal);
        Assert.Contains("<ins>Petugas mencocokkan data pegawai</ins>", review, StringComparison.Ordinal);
        Assert.Matches("<del>[^<]*BKN mengingatkan", review);
        Assert.Matches("<ins>[^<]*wajib", review);
        Assert.Contains("<p>Rekonsiliasi data wajib dilakukan melalui SAPK.</p>", review, StringComparison.Ordinal);
        Assert.Contains("data-confirm=\"Turunkan Rekonsiliasi Data", review, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_writer_saves_and_submits_for_review_from_the_editor_itself()
    {
        var admin = host.Factory.CreateBrowser();
        await admin.SignInAsAdminAsync();
        await UnitFeatureTests.CreateUserAsync(host.Factory, admin, "penulis.gambar", "BIRO-HUMAS", "Penulis Humas");
        var writer = await EditorialWorkflowTests.SignInAsync(host.Factory, "penulis.gambar");
        var form = await writer.GetStringAsync("/admin/konten/baru/Berita");
        Assert.Contains("Simpan dan ajukan untuk ditinjau", WebUtility.HtmlDecode(form), StringComparison.Ordinal);

        var fields = EditorialWorkflowTests.NewsForm("Layanan Foto ASN Dibuka", "Isi berita foto.", await EditorialWorkflowTests.UnitAsync(host.Factory), null);
        fields["submit"] = "ajukan";
        var created = await writer.PostFormAsync("/admin/konten/baru/Berita", "/admin/konten/baru/Berita", fields);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = created.Headers.Location!.ToString().Split('/').Last();
        Assert.Equal("Review", await EditorialWorkflowTests.StatusAsync(writer, id));
    }

    [GeneratedRegex("<a href=\"/(berita/[a-z0-9-]*uji-coba[a-z0-9-]*)\">")]
    private static partial Regex NewsLink();

    [GeneratedRegex("<a href=\"(/media/[^\"]+\\.card\\.webp)\">")]
    private static partial Regex CardLink();

    [GeneratedRegex("href=\"(/admin/media/[0-9a-f-]{36})\"")]
    private static partial Regex MediaLink();
}
