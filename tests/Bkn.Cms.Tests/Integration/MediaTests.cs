using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Bkn.Cms.Tests.Infrastructure;

namespace Bkn.Cms.Tests.Integration;

public sealed partial class MediaTests
{
    // A valid 1×1 PNG.
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    [Fact]
    public async Task An_uploaded_image_is_served_with_its_type_and_long_cache_headers_and_its_use_is_shown()
    {
        await using var factory = new CmsFactory();
        var browser = factory.CreateBrowser();
        await browser.SignInAsAdminAsync();

        var upload = await UploadAsync(browser, Png, "Foto Kepala BKN.PNG", "berita/2017", "Kepala BKN memberi sambutan");
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var detail = await browser.GetStringAsync(upload.Headers.Location!.OriginalString);
        var url = MediaUrl().Match(detail).Groups[1].Value;
        Assert.StartsWith("/media/berita/2017/foto-kepala-bkn-", url, StringComparison.Ordinal);

        var file = await factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("image/png", file.Content.Headers.ContentType!.MediaType);
        Assert.Contains("immutable", file.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Equal(Png, await file.Content.ReadAsByteArrayAsync());

        var api = await FeatureGatingTests.ApiAsync(factory);
        var page = await ContentTests.CreateAsync(api, "Sambutan Kepala", $"![Kepala BKN]({url})");
        var used = await browser.GetStringAsync(upload.Headers.Location!.OriginalString);
        Assert.Contains("Sambutan Kepala", used, StringComparison.Ordinal);

        var delete = await browser.PostFormAsync(upload.Headers.Location!.OriginalString, upload.Headers.Location!.OriginalString + "/hapus", []);
        Assert.Contains("masih dipakai", WebUtility.HtmlDecode(await browser.GetStringAsync(delete.Headers.Location!.OriginalString)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync(url)).StatusCode);
        _ = page;
    }

    [Fact]
    public async Task Files_are_checked_by_content_not_by_name_and_by_size()
    {
        await using var factory = new CmsFactory(settings: new() { ["Media:MaxUploadMegabytes"] = "1" });
        var browser = factory.CreateBrowser();
        await browser.SignInAsAdminAsync();

        var lying = await UploadAsync(browser, "<html><script>alert(1)</script></html>"u8.ToArray(), "peraturan.pdf", "", "");
        Assert.Contains("Jenis berkas tidak diterima", WebUtility.HtmlDecode(await browser.GetStringAsync(lying.Headers.Location!.OriginalString)), StringComparison.Ordinal);

        var svg = await UploadAsync(browser, "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"u8.ToArray(), "logo.png", "", "");
        Assert.Contains("Jenis berkas tidak diterima", WebUtility.HtmlDecode(await browser.GetStringAsync(svg.Headers.Location!.OriginalString)), StringComparison.Ordinal);

        var big = new byte[1024 * 1024 + 10];
        "%PDF-1.7"u8.CopyTo(big);
        var tooBig = await UploadAsync(browser, big, "besar.pdf", "", "");
        Assert.Contains("Berkas terlalu besar", WebUtility.HtmlDecode(await browser.GetStringAsync(tooBig.Headers.Location!.OriginalString)), StringComparison.Ordinal);

        var pdf = await UploadAsync(browser, "%PDF-1.4\n%%EOF"u8.ToArray(), "Perka BKN 25 2013.pdf", "peraturan", "");
        Assert.Equal(HttpStatusCode.Redirect, pdf.StatusCode);
        Assert.StartsWith("/admin/media/", pdf.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("application/pdf", await browser.GetStringAsync(pdf.Headers.Location!.OriginalString), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_library_files_are_served_and_paths_cannot_escape_the_media_folder()
    {
        await using var factory = new CmsFactory();
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/media/tidak-ada.png")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/media/..%2F..%2Fbkn.db")).StatusCode);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient browser, byte[] bytes, string fileName, string folder, string altText)
    {
        var token = await browser.AntiforgeryTokenAsync("/admin/media");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        form.Add(new StringContent(folder), "folder");
        form.Add(new StringContent(altText), "altText");
        form.Add(new StringContent(token), "__RequestVerificationToken");
        return await browser.PostAsync("/admin/media/unggah", form);
    }

    [GeneratedRegex("<code>(/media/[^<]+)</code>")]
    private static partial Regex MediaUrl();
}
