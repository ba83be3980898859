using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Bkn.Cms.Sapk;
using Bkn.Cms.Sapk.Models;
using Bkn.Cms.Sapk.Services;
using Bkn.Cms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Modules.Sapk;

/// <summary>
/// The public summary is computed once and kept (for the output cache's anonymous visitors and for signed-in ones, who
/// bypass it) until a period is confirmed: the public page and the home block show a newer period's totals right after
/// its upload is confirmed, and a pulled period only once someone confirms it. Its own host, because it moves the
/// latest confirmed period, which the other SAPK tests read.
/// </summary>
public sealed partial class SapkPublicCacheTests(SapkHost host) : IClassFixture<SapkHost>
{
    [Fact]
    public async Task The_public_figures_change_as_soon_as_a_newer_period_is_confirmed()
    {
        var visitor = host.Factory.CreateClient();
        var admin = host.Factory.CreateBrowser();
        await admin.SignInAsAdminAsync();

        // The sample's latest period, read (and kept) by an anonymous visitor and by a signed-in one.
        await AssertPublicActiveAsync(visitor, admin, "30.245");

        var token = await admin.AntiforgeryTokenAsync(SapkRoutes.Import);
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(
            "periode,kode_instansi,user_aktif,user_tidak_aktif,login_terakhir,modul_kp_user,modul_kp_transaksi\r\n" +
            "2018-01,PUSAT-BKN,800,20,,100,900\r\n2018-01,PROV-33,300,10,,50,400\r\n"));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "berkas", "sapk-2018-01.csv");
        var uploaded = await admin.PostAsync(SapkRoutes.Upload, form);
        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        var batch = BatchRegex().Match(await uploaded.Content.ReadAsStringAsync()).Groups[1].Value;

        // Uploaded but not confirmed: the public still sees the sample period.
        await AssertPublicActiveAsync(visitor, admin, "30.245");

        var confirmed = await admin.PostFormAsync($"{SapkRoutes.Batch}/{batch}", $"{SapkRoutes.Batch}/{batch}/konfirmasi", new());
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        await AssertPublicActiveAsync(visitor, admin, "1.100");
        Assert.Contains("Januari 2018", await visitor.GetStringAsync(SapkRoutes.Public), StringComparison.Ordinal);

        // A pulled period waits for confirmation; the public figures move only when it is confirmed on the data page.
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SapkFigureStore>().ReplaceAsync(
                [new SapkRecord(201802, "PUSAT-BKN", 900, 30, null, new Dictionary<string, SapkModuleValue>())],
                SapkSource.Pull, confirm: false, "uji", null, CancellationToken.None);
        }

        await AssertPublicActiveAsync(visitor, admin, "1.100");
        var period = await admin.PostFormAsync(SapkRoutes.Import, SapkRoutes.Import + "/periode/2018-02/konfirmasi", new());
        Assert.Equal(HttpStatusCode.Redirect, period.StatusCode);
        await AssertPublicActiveAsync(visitor, admin, "900");
    }

    private static async Task AssertPublicActiveAsync(HttpClient visitor, HttpClient signedIn, string active)
    {
        Assert.Contains($"id=\"sapk-aktif\">{active}<", await visitor.GetStringAsync(SapkRoutes.Public), StringComparison.Ordinal);
        Assert.Contains($"id=\"home-sapk-aktif\">{active}<", await visitor.GetStringAsync("/"), StringComparison.Ordinal);
        Assert.Contains($"id=\"sapk-aktif\">{active}<", await signedIn.GetStringAsync(SapkRoutes.Public), StringComparison.Ordinal);
    }

    [GeneratedRegex("/admin/sapk/data/batch/([0-9a-f-]{36})/konfirmasi")]
    private static partial Regex BatchRegex();
}
