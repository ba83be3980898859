using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bkn.Cms.Background;
using Bkn.Cms.Sapk;
using Bkn.Cms.Sapk.Models;
using Bkn.Cms.Sapk.Services;
using Bkn.Cms.Tests.Infrastructure;
using Bkn.Cms.Tests.Integration;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Modules.Sapk;

/// <summary>
/// The module on a set-up site: upload refused and nothing kept, fixed, confirmed (twice, the same result), the
/// dashboard, the public page and the home block with the new totals; the sample year; the API; the pull. Own-agency
/// scoping is tested with the real agency scope service and a real agency user in <see cref="SapkSampleRegistryTests"/>.
/// </summary>
public sealed partial class SapkSiteTests(SapkHost host) : IClassFixture<SapkHost>
{
    private const string Header = "periode,kode_instansi,user_aktif,user_tidak_aktif,login_terakhir,modul_kp_user,modul_kp_transaksi";

    private static string Csv(params string[] rows) => string.Join("\r\n", [Header, .. rows]) + "\r\n";

    private async Task<HttpClient> AdminAsync()
    {
        var browser = host.Factory.CreateBrowser();
        await browser.SignInAsAdminAsync();
        return browser;
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient browser, string fileName, string content)
    {
        var token = await browser.AntiforgeryTokenAsync(SapkRoutes.Import);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(content));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "berkas", fileName);
        return await browser.PostAsync(SapkRoutes.Upload, form);
    }

    private static async Task<HttpResponseMessage> PostPageFormAsync(HttpClient browser, string pageUrl, string action)
    {
        var html = await browser.GetStringAsync(pageUrl);
        var token = WebUtility.HtmlDecode(TokenRegex().Match(html).Groups[1].Value);
        return await browser.PostAsync(action, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
    }

    private async Task<T> WithDbAsync<T>(Func<DbContext, Task<T>> work)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<DbContext>());
    }

    [Fact]
    public async Task A_file_with_a_bad_row_is_refused_then_fixed_confirmed_and_shown_on_the_dashboard_and_the_public_site()
    {
        var admin = await AdminAsync();
        const string fileName = "sapk-2024-01.csv";

        // Each form posts its own antiforgery token (the layout's sign-out form must not be the only one on the page).
        Assert.Matches(FormWithTokenRegex(SapkRoutes.Upload), await admin.GetStringAsync(SapkRoutes.Import));

        var refused = await UploadAsync(admin, fileName, Csv("2024-01,PUSAT-BKN,900,40,2024-01-30,500,7000", "2024-01,PROV-33,-3,5,,1,1", "2024-01,KAB-3301,250,10,,100,900"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Berkas ditolak; tidak ada data yang disimpan.", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("Kolom user_aktif tidak boleh negatif (-3).", refusedHtml, StringComparison.Ordinal);
        Assert.Equal(0, await WithDbAsync(db => db.Set<SapkImportBatch>().CountAsync(b => b.FileName == fileName)));
        Assert.Equal(0, await WithDbAsync(db => db.Set<SapkFigure>().CountAsync(f => f.Period == 202401)));

        var accepted = await UploadAsync(admin, fileName, Csv("2024-01,PUSAT-BKN,900,40,2024-01-30,500,7000", "2024-01,PROV-33,300,5,,1,1", "2024-01,KAB-3301,250,10,,100,900"));

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var acceptedHtml = await accepted.Content.ReadAsStringAsync();
        Assert.Contains("Semua 3 baris lolos pemeriksaan.", acceptedHtml, StringComparison.Ordinal);
        Assert.Equal(0, await WithDbAsync(db => db.Set<SapkFigure>().CountAsync(f => f.Period == 202401)));
        var batch = BatchRegex().Match(acceptedHtml).Groups[1].Value;
        Assert.Matches(FormWithTokenRegex($"{SapkRoutes.Batch}/{batch}/konfirmasi"), acceptedHtml);

        var confirmed = await PostPageFormAsync(admin, $"{SapkRoutes.Batch}/{batch}", $"{SapkRoutes.Batch}/{batch}/konfirmasi");
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var again = await PostPageFormAsync(admin, SapkRoutes.Import, $"{SapkRoutes.Batch}/{batch}/konfirmasi");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Contains("sudah dikonfirmasi atau dibuang sebelumnya", await admin.GetStringAsync(SapkRoutes.Import), StringComparison.Ordinal);

        var figures = await WithDbAsync(db => db.Set<SapkFigure>().Where(f => f.Period == 202401).OrderBy(f => f.AgencyCode).ToListAsync());
        Assert.Equal(["KAB-3301", "PROV-33", "PUSAT-BKN"], figures.Select(f => f.AgencyCode));
        Assert.Equal(1450, figures.Sum(f => f.ActiveUsers));
        Assert.Equal(2, await WithDbAsync(db => db.Set<SapkModuleFigure>().CountAsync(f => f.Period == 202401 && f.Users > 1)));
        var period = await WithDbAsync(db => db.Set<SapkPeriod>().SingleAsync(p => p.Period == 202401));
        Assert.True(period.Confirmed);
        Assert.Equal((1450, 55), (period.ActiveUsers, period.InactiveUsers));

        var dashboard = await admin.GetStringAsync(SapkRoutes.Dashboard + "?periode=2024-01");
        Assert.Contains("id=\"kpi-aktif\">1.450<", dashboard, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"sapk-chart\"", dashboard, StringComparison.Ordinal);
        Assert.Contains("class=\"sapk-heat-3\">53,2<", dashboard, StringComparison.Ordinal);
        Assert.Contains("&tabel=tren\">Unduh tabel ini (Excel)</a>", dashboard, StringComparison.Ordinal);
        using (var one = new XLWorkbook(new MemoryStream(await admin.GetByteArrayAsync(SapkRoutes.Export + "?periode=2024-01&tabel=tren"))))
        {
            Assert.Equal(["Tren"], one.Worksheets.Select(w => w.Name));
        }

        using (var all = new XLWorkbook(new MemoryStream(await admin.GetByteArrayAsync(SapkRoutes.Export + "?periode=2024-01"))))
        {
            Assert.Equal(7, all.Worksheets.Count);
            Assert.Equal(1450, all.Worksheet("Ringkasan").Cell(2, 2).GetValue<int>());
        }

        var visitor = host.Factory.CreateClient();
        var page = await visitor.GetStringAsync(SapkRoutes.Public);
        Assert.Contains("id=\"sapk-aktif\">1.450<", page, StringComparison.Ordinal);
        Assert.Contains("Januari 2024", page, StringComparison.Ordinal);
        var home = await visitor.GetStringAsync("/");
        Assert.Contains("id=\"home-sapk-aktif\">1.450<", home, StringComparison.Ordinal);

        // The same file confirmed again through a new upload replaces the period with the same rows: nothing doubles.
        var repeat = await UploadAsync(admin, fileName, Csv("2024-01,PUSAT-BKN,900,40,2024-01-30,500,7000", "2024-01,PROV-33,300,5,,1,1", "2024-01,KAB-3301,250,10,,100,900"));
        var repeatBatch = BatchRegex().Match(await repeat.Content.ReadAsStringAsync()).Groups[1].Value;
        Assert.Equal(HttpStatusCode.Redirect, (await PostPageFormAsync(admin, $"{SapkRoutes.Batch}/{repeatBatch}", $"{SapkRoutes.Batch}/{repeatBatch}/konfirmasi")).StatusCode);
        Assert.Equal(3, await WithDbAsync(db => db.Set<SapkFigure>().CountAsync(f => f.Period == 202401)));
        Assert.Equal(1450, await WithDbAsync(db => db.Set<SapkFigure>().Where(f => f.Period == 202401).SumAsync(f => f.ActiveUsers)));
    }

    [Fact]
    public async Task The_sample_year_2017_gives_the_reported_totals_through_the_api()
    {
        var api = host.Factory.CreateClient();
        api.UseBearer(await api.TokenAsync("admin", CmsFactory.AdminPassword));

        using var json = JsonDocument.Parse(await api.GetStringAsync("/api/sapk/ringkasan?tahun=2017"));

        var root = json.RootElement;
        Assert.Equal("2017-12", root.GetProperty("periode").GetString());
        Assert.Equal(30_245, root.GetProperty("aktif").GetInt64());
        Assert.Equal(2_053, root.GetProperty("tidakAktif").GetInt64());
        Assert.Equal(93.64, root.GetProperty("persentaseAktif").GetDouble());
        Assert.Equal(92.5, root.GetProperty("target").GetDouble());
        Assert.Equal(30_245, root.GetProperty("pusat").GetProperty("aktif").GetInt64() + root.GetProperty("daerah").GetProperty("aktif").GetInt64());
        Assert.Equal(8_112, root.GetProperty("pusat").GetProperty("aktif").GetInt64());
        Assert.Equal(["pusat", "provinsi", "kabupaten-kota"], root.GetProperty("kelompok").EnumerateArray().Select(g => g.GetProperty("kelompok").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, (await api.GetAsync("/api/sapk/ringkasan?tahun=17")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync("/api/sapk/instansi?periode=2001-01")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Factory.CreateClient().GetAsync("/api/sapk/ringkasan?tahun=2017")).StatusCode);
    }

    [Fact]
    public async Task The_scheduled_pull_survives_a_failure_and_a_timeout_and_stores_the_period_once()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var task = scope.ServiceProvider.GetServices<IBackgroundTask>().OfType<SapkPullTask>().Single();
        var due = scope.ServiceProvider.GetRequiredService<SapkPuller>().DuePeriod;

        await task.RunAsync(scope.ServiceProvider, CancellationToken.None);
        await task.RunAsync(scope.ServiceProvider, CancellationToken.None);
        var manual = await scope.ServiceProvider.GetRequiredService<SapkPuller>().PullAsync(due, "uji", CancellationToken.None);

        Assert.True(manual.Succeeded);
        Assert.Equal(4, host.EndpointRequests);
        var runs = await WithDbAsync(db => db.Set<SapkPullRun>().Where(r => r.Period == due).OrderBy(r => r.Id).ToListAsync());
        Assert.Equal(2, runs.Count);
        Assert.True(runs[0].Succeeded);
        Assert.Equal(3, runs[0].Attempts);
        Assert.Equal(1, await WithDbAsync(db => db.Set<SapkPeriod>().CountAsync(p => p.Period == due)));
        var figures = await WithDbAsync(db => db.Set<SapkFigure>().Where(f => f.Period == due).OrderBy(f => f.AgencyCode).ToListAsync());
        Assert.Equal(["PROV-33", "PUSAT-BKN"], figures.Select(f => f.AgencyCode));
        Assert.Equal(1, await WithDbAsync(db => db.Set<SapkModuleFigure>().CountAsync(f => f.Period == due)));
        Assert.False((await WithDbAsync(db => db.Set<SapkPeriod>().SingleAsync(p => p.Period == due))).Confirmed);

        var admin = await AdminAsync();
        var page = await admin.GetStringAsync(SapkRoutes.Import);
        Assert.Contains("2 instansi disimpan; periode menunggu konfirmasi.", page, StringComparison.Ordinal);
    }

    private static Regex FormWithTokenRegex(string action) =>
        new($"<form method=\"post\" action=\"{Regex.Escape(action)}\"[^>]*>(?:(?!</form>).)*name=\"__RequestVerificationToken\"", RegexOptions.Singleline);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenRegex();

    [GeneratedRegex("/admin/sapk/data/batch/([0-9a-f-]{36})/konfirmasi")]
    private static partial Regex BatchRegex();
}
