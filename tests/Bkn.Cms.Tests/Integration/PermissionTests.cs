using System.Net;
using Bkn.Cms.Tests.Infrastructure;

namespace Bkn.Cms.Tests.Integration;

public sealed class PermissionTests
{
    [Fact]
    public async Task A_signed_in_user_without_the_permission_is_refused_every_admin_page_and_sees_no_menu_entry()
    {
        await using var factory = new CmsFactory();
        var admin = factory.CreateBrowser();
        await admin.SignInAsAdminAsync();
        await UnitFeatureTests.CreateUserAsync(factory, admin, "penulis", "BIRO-HUMAS", "Penulis Humas");
        var writer = factory.CreateBrowser();
        await writer.SignInAsync("penulis", "Pengguna-Uji-2026");

        foreach (var url in new[] { "/admin/fitur", "/admin/unit", "/admin/fitur-unit", "/admin/pengguna", "/admin/peran" })
        {
            var response = await writer.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{url}: {(int)response.StatusCode}");
            Assert.StartsWith("/akun/ditolak", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        var dashboard = await writer.GetStringAsync("/admin");
        Assert.DoesNotContain("/admin/fitur", dashboard, StringComparison.Ordinal);
        Assert.DoesNotContain("/admin/pengguna", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_role_change_takes_effect_without_signing_in_again()
    {
        await using var factory = new CmsFactory();
        var admin = factory.CreateBrowser();
        await admin.SignInAsAdminAsync();
        await UnitFeatureTests.CreateRoleAsync(admin, "Pengelola Unit");
        await UnitFeatureTests.CreateUserAsync(factory, admin, "pengelola", "DEP-SINKA", "Pengelola Unit");
        var user = factory.CreateBrowser();
        await user.SignInAsync("pengelola", "Pengguna-Uji-2026");
        Assert.Equal(HttpStatusCode.Redirect, (await user.GetAsync("/admin/unit")).StatusCode);

        var roles = await admin.GetStringAsync("/admin/peran");
        var roleId = System.Text.RegularExpressions.Regex.Match(roles, "/admin/peran/([0-9a-f-]{36})\">Pengelola Unit").Groups[1].Value;
        var saved = await admin.PostFormAsync($"/admin/peran/{roleId}", $"/admin/peran/{roleId}", new()
        {
            ["Name"] = "Pengelola Unit",
            ["Grants[ManageUnits]"] = "OwnUnit",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var page = await user.GetStringAsync("/admin/unit");
        Assert.Contains("Direktorat Pengolahan Data dan Informasi Kepegawaian", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Biro Hubungan Masyarakat", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_unit_level_user_manager_cannot_create_an_administrator()
    {
        await using var factory = new CmsFactory();
        var admin = factory.CreateBrowser();
        await admin.SignInAsAdminAsync();
        await UnitFeatureTests.CreateRoleAsync(admin, "Pengelola Pengguna Unit", ("ManageUsers", "OwnUnit"));
        await UnitFeatureTests.CreateUserAsync(factory, admin, "kepala", "DEP-SINKA", "Pengelola Pengguna Unit");
        var manager = factory.CreateBrowser();
        await manager.SignInAsync("kepala", "Pengguna-Uji-2026");

        var response = await manager.PostFormAsync("/admin/pengguna/baru", "/admin/pengguna/baru", new()
        {
            ["UserName"] = "penyusup",
            ["DisplayName"] = "Penyusup",
            ["UnitId"] = (await UnitFeatureTests.UnitIdAsync(factory, "DIT-PDIK")).ToString(),
            ["Roles"] = "Administrator",
            ["IsActive"] = "true",
            ["Password"] = "Pengguna-Uji-2026",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Anda tidak dapat memberikan peran Administrator", System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateBrowser().SignInAsync("penyusup", "Pengguna-Uji-2026")).StatusCode);
    }
}
