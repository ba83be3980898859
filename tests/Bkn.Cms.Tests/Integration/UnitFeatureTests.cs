using System.Net;
using Bkn.Cms.Data;
using Bkn.Cms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Integration;

public sealed class UnitFeatureTests
{
    internal const string Password = "Pengguna-Uji-2026";

    [Fact]
    public async Task A_unit_scoped_feature_switched_off_for_one_unit_is_invisible_there_and_kept_elsewhere()
    {
        await using var factory = new CmsFactory();
        var admin = factory.CreateBrowser();
        await admin.SignInAsAdminAsync();
        var api = await FeatureGatingTests.ApiAsync(factory);
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync("/api/features/Test.Sample.Unit/enable", null)).StatusCode);

        await CreateRoleAsync(admin, "Pengguna Contoh", ("UseSample", "OwnUnit"));
        await CreateUserAsync(factory, admin, "pdik", "DIT-PDIK", "Pengguna Contoh");
        await CreateUserAsync(factory, admin, "humas", "BIRO-HUMAS", "Pengguna Contoh");
        var humasUnit = await UnitIdAsync(factory, "BIRO-HUMAS");

        var off = await api.PostAsync($"/api/units/{humasUnit}/features/Test.Sample.Unit/disable", null);
        Assert.Equal(HttpStatusCode.OK, off.StatusCode);

        var pdik = factory.CreateBrowser();
        await pdik.SignInAsync("pdik", Password);
        var humas = factory.CreateBrowser();
        await humas.SignInAsync("humas", Password);

        Assert.Equal("contoh-unit", await pdik.GetStringAsync("/admin/contoh-unit"));
        Assert.Contains("href=\"/admin/contoh-unit\"", await pdik.GetStringAsync("/admin"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await humas.GetAsync("/admin/contoh-unit")).StatusCode);
        var humasDashboard = await humas.GetStringAsync("/admin");
        Assert.DoesNotContain("/admin/contoh-unit", humasDashboard, StringComparison.Ordinal);
        // The platform-level sibling feature is untouched for that unit.
        Assert.Contains("href=\"/admin/contoh\"", humasDashboard, StringComparison.Ordinal);

        // Switching it back on for the unit restores it.
        await api.PostAsync($"/api/units/{humasUnit}/features/Test.Sample.Unit/enable", null);
        Assert.Equal("contoh-unit", await humas.GetStringAsync("/admin/contoh-unit"));
    }

    [Fact]
    public async Task A_switch_on_a_parent_unit_is_inherited_by_its_sub_units_unless_they_have_their_own()
    {
        await using var factory = new CmsFactory();
        var admin = factory.CreateBrowser();
        await admin.SignInAsAdminAsync();
        var api = await FeatureGatingTests.ApiAsync(factory);
        await api.PostAsync("/api/features/Test.Sample.Unit/enable", null);
        await CreateRoleAsync(admin, "Pengguna Contoh", ("UseSample", "OwnUnit"));
        await CreateUserAsync(factory, admin, "pdik", "DIT-PDIK", "Pengguna Contoh");
        var pdik = factory.CreateBrowser();
        await pdik.SignInAsync("pdik", Password);

        await api.PostAsync($"/api/units/{await UnitIdAsync(factory, "BKN")}/features/Test.Sample.Unit/disable", null);
        Assert.Equal(HttpStatusCode.NotFound, (await pdik.GetAsync("/admin/contoh-unit")).StatusCode);

        await api.PostAsync($"/api/units/{await UnitIdAsync(factory, "DIT-PDIK")}/features/Test.Sample.Unit/enable", null);
        Assert.Equal(HttpStatusCode.OK, (await pdik.GetAsync("/admin/contoh-unit")).StatusCode);
    }

    [Fact]
    public async Task A_unit_module_admin_may_switch_features_of_their_own_unit_only()
    {
        await using var factory = new CmsFactory();
        var admin = factory.CreateBrowser();
        await admin.SignInAsAdminAsync();
        var adminApi = await FeatureGatingTests.ApiAsync(factory);
        await adminApi.PostAsync("/api/features/Test.Sample.Unit/enable", null);
        await CreateUserAsync(factory, admin, "adminpdik", "DEP-SINKA", "Admin Modul Unit");

        var unitAdmin = factory.CreateClient();
        unitAdmin.UseBearer(await unitAdmin.TokenAsync("adminpdik", Password));
        var own = await UnitIdAsync(factory, "DIT-PDIK");
        var other = await UnitIdAsync(factory, "BIRO-HUMAS");

        Assert.Equal(HttpStatusCode.OK, (await unitAdmin.PostAsync($"/api/units/{own}/features/Test.Sample.Unit/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await unitAdmin.PostAsync($"/api/units/{other}/features/Test.Sample.Unit/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await unitAdmin.PostAsync("/api/features/Test.Sample/disable", null)).StatusCode);

        // The unit list shows only the subtree the unit admin may manage.
        var units = await unitAdmin.GetStringAsync("/api/units");
        Assert.Contains("DIT-PDIK", units, StringComparison.Ordinal);
        Assert.DoesNotContain("BIRO-HUMAS", units, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_platform_feature_cannot_be_switched_per_unit()
    {
        await using var factory = new CmsFactory();
        var api = await FeatureGatingTests.ApiAsync(factory);
        await api.PostAsync("/api/features/Test.Sample/enable", null);

        var response = await api.PostAsync($"/api/units/{await UnitIdAsync(factory, "BKN")}/features/Test.Sample/disable", null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("tidak dapat diatur per unit", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    internal static async Task<Guid> UnitIdAsync(CmsFactory factory, string code)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CmsDbContext>().Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync();
    }

    internal static async Task CreateRoleAsync(HttpClient admin, string name, params (string Permission, string Scope)[] grants)
    {
        var fields = new Dictionary<string, string> { ["Name"] = name, ["Description"] = "Peran uji" };
        foreach (var (permission, scope) in grants)
        {
            fields[$"Grants[{permission}]"] = scope;
        }

        var response = await admin.PostFormAsync("/admin/peran/baru", "/admin/peran/baru", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>
    /// A writer of every ordinary content type in their own unit (the global "edit content" permission): the Penulis
    /// Humas role writes only news and press releases.
    /// </summary>
    internal static async Task CreateWriterAsync(CmsFactory factory, HttpClient admin, string userName, string unitCode)
    {
        var role = "Penulis Konten " + userName;
        await CreateRoleAsync(admin, role, ("EditContent", "OwnUnit"));
        await CreateUserAsync(factory, admin, userName, unitCode, role);
    }

    internal static async Task CreateUserAsync(CmsFactory factory, HttpClient admin, string userName, string unitCode, string role)
    {
        var response = await admin.PostFormAsync("/admin/pengguna/baru", "/admin/pengguna/baru", new()
        {
            ["UserName"] = userName,
            ["DisplayName"] = "Pengguna " + userName,
            ["UnitId"] = (await UnitIdAsync(factory, unitCode)).ToString(),
            ["Roles"] = role,
            ["IsActive"] = "true",
            ["Password"] = Password,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
    }
}
