using System.Net;
using System.Text.Json;
using Bkn.Cms.Agencies;
using Bkn.Cms.Agencies.Services;
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
/// The module on a fresh site with the Agencies module's own sample registry, its real agency scope service and a real
/// agency user (an account that belongs to an agency through the registry's membership, not to a BKN unit).
/// </summary>
public sealed class SapkSampleRegistryTests(SharedHost host) : IClassFixture<SharedHost>
{
    [Fact]
    public async Task The_sample_recipe_spreads_the_reported_2017_totals_over_the_sample_registry()
    {
        var api = host.Factory.CreateClient();
        api.UseBearer(await api.TokenAsync("admin", CmsFactory.AdminPassword));

        using var year = JsonDocument.Parse(await api.GetStringAsync("/api/sapk/ringkasan?tahun=2017"));
        using var agencies = JsonDocument.Parse(await api.GetStringAsync("/api/sapk/instansi?periode=2017-12"));

        Assert.Equal(30_245, year.RootElement.GetProperty("aktif").GetInt64());
        Assert.Equal(2_053, year.RootElement.GetProperty("tidakAktif").GetInt64());
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var registry = await scope.ServiceProvider.GetRequiredService<IAgencyDirectory>().GetAsync();
        Assert.True(registry.Count > 10);
        Assert.Equal(registry.Count, agencies.RootElement.GetProperty("instansi").GetArrayLength());
        Assert.Contains("Pengguna SAPK", await host.Factory.CreateClient().GetStringAsync("/"), StringComparison.Ordinal);
        Assert.Contains("30.245", await host.Factory.CreateClient().GetStringAsync(SapkRoutes.Public), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_real_agency_user_sees_only_their_own_agency_in_the_dashboard_the_export_and_the_api()
    {
        const string userName = "operator.sapk.jateng";
        var admin = host.Factory.CreateBrowser();
        await admin.SignInAsAdminAsync();
        await UnitFeatureTests.CreateRoleAsync(admin, "Operator SAPK Instansi", (Bkn.Cms.Sapk.Permissions.ViewSapkName, "OwnUnit"));
        SapkFigure own;
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var registry = await scope.ServiceProvider.GetRequiredService<IAgencyDirectory>().GetAsync();
            var jawaTengah = registry.FindByCode("PROV-33")!;
            await scope.ServiceProvider.GetRequiredService<AgencyUsers>()
                .CreateAsync(userName, "Operator SAPK Jawa Tengah", null, UnitFeatureTests.Password, jawaTengah.Id, ["Operator SAPK Instansi"], CancellationToken.None);
            own = await scope.ServiceProvider.GetRequiredService<DbContext>().Set<SapkFigure>().SingleAsync(f => f.Period == 201712 && f.AgencyCode == "PROV-33");
        }

        Assert.NotEqual(30_245, own.ActiveUsers);
        var browser = host.Factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(userName, UnitFeatureTests.Password)).StatusCode);

        var dashboard = await browser.GetStringAsync(SapkRoutes.Dashboard + "?periode=2017-12");
        Assert.Contains("Anda melihat data instansi Anda saja.", dashboard, StringComparison.Ordinal);
        Assert.Contains("<small>PROV-33</small>", dashboard, StringComparison.Ordinal);
        Assert.DoesNotContain("<small>PUSAT-BKN</small>", dashboard, StringComparison.Ordinal);
        Assert.DoesNotContain("<small>PROV-35</small>", dashboard, StringComparison.Ordinal);
        Assert.Contains($"id=\"kpi-aktif\">{own.ActiveUsers.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("id-ID"))}<", dashboard, StringComparison.Ordinal);

        using var workbook = new XLWorkbook(new MemoryStream(await browser.GetByteArrayAsync(SapkRoutes.Export + "?periode=2017-12")));
        var sheet = workbook.Worksheet("Adopsi modul");
        Assert.Equal("PROV-33", sheet.Cell(2, 1).GetString());
        Assert.True(sheet.Cell(3, 1).IsEmpty());

        var api = host.Factory.CreateClient();
        api.UseBearer(await api.TokenAsync(userName, UnitFeatureTests.Password));
        using var agencies = JsonDocument.Parse(await api.GetStringAsync("/api/sapk/instansi?periode=2017-12"));
        Assert.Equal(["PROV-33"], agencies.RootElement.GetProperty("instansi").EnumerateArray().Select(a => a.GetProperty("kode").GetString()));
        using var year = JsonDocument.Parse(await api.GetStringAsync("/api/sapk/ringkasan?tahun=2017"));
        Assert.Equal(own.ActiveUsers, year.RootElement.GetProperty("aktif").GetInt64());
        Assert.Equal(own.InactiveUsers, year.RootElement.GetProperty("tidakAktif").GetInt64());

        // Changing a period needs the permission for every agency: the agency user cannot reach the data pages.
        Assert.NotEqual(HttpStatusCode.OK, (await browser.GetAsync(SapkRoutes.Import)).StatusCode);
    }

    [Fact]
    public async Task The_heat_map_shows_one_page_of_agencies_and_the_export_keeps_them_all()
    {
        var admin = host.Factory.CreateBrowser();
        await admin.SignInAsAdminAsync();
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var registry = (await scope.ServiceProvider.GetRequiredService<IAgencyDirectory>().GetAsync()).All;
        const int size = Bkn.Cms.Sapk.Services.SapkOptions.DefaultHeatMapPageSize;
        Assert.True(registry.Count > 2 * size, "the sample registry fills more than two pages");

        var page = await admin.GetStringAsync(SapkRoutes.Dashboard + "?periode=2017-12&halaman=2");

        var heatMap = HeatMap(page);
        Assert.Contains($"Instansi {size + 1}–{2 * size} dari {registry.Count}", WebUtility.HtmlDecode(heatMap), StringComparison.Ordinal);
        Assert.Contains($"<small>{registry[size].Code}</small>", heatMap, StringComparison.Ordinal);
        Assert.Contains($"<small>{registry[2 * size - 1].Code}</small>", heatMap, StringComparison.Ordinal);
        Assert.DoesNotContain($"<small>{registry[0].Code}</small>", heatMap, StringComparison.Ordinal);
        Assert.DoesNotContain($"<small>{registry[2 * size].Code}</small>", heatMap, StringComparison.Ordinal);
        Assert.Equal(size, System.Text.RegularExpressions.Regex.Matches(heatMap, "<th scope=\"row\">").Count);
        Assert.Contains("halaman=1#adopsi\" rel=\"prev\"", page, StringComparison.Ordinal);
        Assert.Contains("halaman=3#adopsi\" rel=\"next\"", page, StringComparison.Ordinal);
        Assert.Contains("<span aria-current=\"page\">2</span>", page, StringComparison.Ordinal);

        // The first page is the default; a page past the end shows the last one.
        Assert.Contains($"<small>{registry[0].Code}</small>", HeatMap(await admin.GetStringAsync(SapkRoutes.Dashboard + "?periode=2017-12")), StringComparison.Ordinal);
        Assert.Contains($"<small>{registry[^1].Code}</small>", HeatMap(await admin.GetStringAsync(SapkRoutes.Dashboard + "?periode=2017-12&halaman=999")), StringComparison.Ordinal);

        // The export has every agency; the page's module totals (summed by the database) are the export's.
        using var workbook = new XLWorkbook(new MemoryStream(await admin.GetByteArrayAsync(SapkRoutes.Export + "?periode=2017-12")));
        Assert.Equal(registry.Count + 1, workbook.Worksheet("Adopsi modul").LastRowUsed()!.RowNumber());
        foreach (var name in new[] { "Modul instansi pusat", "Modul instansi daerah" })
        {
            var sheet = workbook.Worksheet(name);
            var users = sheet.Cell(2, 2).GetValue<long>();
            Assert.True(users > 0);
            Assert.Contains($"<tr><th scope=\"row\">{sheet.Cell(2, 1).GetString()}</th><td>{SapkCharts.N(users)}</td><td>{SapkCharts.N(sheet.Cell(2, 3).GetValue<long>())}</td></tr>", page, StringComparison.Ordinal);
        }
    }

    private static string HeatMap(string html)
    {
        var start = html.IndexOf("<table class=\"sapk-table sapk-heat\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "the page has the heat map");
        return html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
    }
}
