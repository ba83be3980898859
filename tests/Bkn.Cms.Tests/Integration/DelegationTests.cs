using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Bkn.Cms.Data;
using Bkn.Cms.Security;
using Bkn.Cms.Settings;
using Bkn.Cms.State;
using Bkn.Cms.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Integration;

/// <summary>Nobody grants or uses more than they hold, in permissions and in scope (issue 20, item 4).</summary>
public sealed class DelegationTests
{
    private const string Password = "Pengguna-Uji-2026";

    [Fact]
    public async Task A_unit_user_manager_gives_no_role_that_reaches_beyond_what_they_hold_not_even_to_themselves()
    {
        await using var factory = new CmsFactory();
        var admin = await AdminAsync(factory);
        await UnitFeatureTests.CreateRoleAsync(admin, "Pengelola Pengguna Unit", ("ManageUsers", "OwnUnit"), ("EditContent", "OwnUnit"));
        await UnitFeatureTests.CreateRoleAsync(admin, "Penulis Unit", ("EditContent", "OwnUnit"));
        await UnitFeatureTests.CreateUserAsync(factory, admin, "kepala", "DEP-SINKA", "Pengelola Pengguna Unit");
        var manager = factory.CreateBrowser();
        await manager.SignInAsync("kepala", Password);

        // Only roles the manager could give are offered.
        var form = await manager.GetStringAsync("/admin/pengguna/baru");
        Assert.Contains("value=\"Penulis Unit\"", form, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"Editor Humas\"", form, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"Administrator\"", form, StringComparison.Ordinal);

        // Editor Humas edits and publishes in all units: a unit manager cannot hand it out, by a crafted post either.
        var pdik = (await UnitFeatureTests.UnitIdAsync(factory, "DIT-PDIK")).ToString();
        var refused = await manager.PostFormAsync("/admin/pengguna/baru", "/admin/pengguna/baru", NewUser("penyusup", pdik, "Editor Humas"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Anda tidak dapat memberikan peran Editor Humas", await TextAsync(refused), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateBrowser().SignInAsync("penyusup", Password)).StatusCode);

        var allowed = await manager.PostFormAsync("/admin/pengguna/baru", "/admin/pengguna/baru", NewUser("penulis", pdik, "Penulis Unit"));
        Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);

        // Giving themselves more is refused the same way, and their roles stay as they were.
        var self = await UserIdAsync(factory, "kepala");
        var selfEdit = NewUser("kepala", (await UnitFeatureTests.UnitIdAsync(factory, "DEP-SINKA")).ToString(), "Pengelola Pengguna Unit");
        selfEdit["Roles"] = "Editor Humas";
        selfEdit.Remove("Password");
        var upward = await manager.PostAsync($"/admin/pengguna/{self}", Form(await manager.AntiforgeryTokenAsync($"/admin/pengguna/{self}"), selfEdit, ("Roles", "Pengelola Pengguna Unit")));
        Assert.Equal(HttpStatusCode.OK, upward.StatusCode);
        Assert.Contains("Anda tidak dapat memberikan peran Editor Humas", await TextAsync(upward), StringComparison.Ordinal);
        Assert.Equal(["Pengelola Pengguna Unit"], await RolesOfAsync(factory, "kepala"));

        // Administrator: only a holder of the system role gives it.
        var administrator = await manager.PostFormAsync("/admin/pengguna/baru", "/admin/pengguna/baru", NewUser("penyusup", pdik, "Administrator"));
        Assert.Contains("Anda tidak dapat memberikan peran Administrator", await TextAsync(administrator), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_unit_user_manager_cannot_take_over_an_account_that_holds_more_than_they_do()
    {
        await using var factory = new CmsFactory();
        var admin = await AdminAsync(factory);
        await UnitFeatureTests.CreateRoleAsync(admin, "Pengelola Pengguna Unit", ("ManageUsers", "OwnUnit"));
        await UnitFeatureTests.CreateUserAsync(factory, admin, "kepala", "DEP-SINKA", "Pengelola Pengguna Unit");
        await UnitFeatureTests.CreateUserAsync(factory, admin, "redaktur", "DIT-PDIK", "Editor Humas");
        var manager = factory.CreateBrowser();
        await manager.SignInAsync("kepala", Password);
        var redaktur = await UserIdAsync(factory, "redaktur");

        Assert.DoesNotContain($"/admin/pengguna/{redaktur}", await manager.GetStringAsync("/admin/pengguna"), StringComparison.Ordinal);
        var open = await manager.GetAsync($"/admin/pengguna/{redaktur}");
        Assert.Equal(HttpStatusCode.Redirect, open.StatusCode);

        // A password reset would hand the manager an account with all-units permissions.
        var fields = NewUser("redaktur", (await UnitFeatureTests.UnitIdAsync(factory, "DIT-PDIK")).ToString(), "Editor Humas");
        fields["Password"] = "Sandi-Curian-2026";
        var reset = await manager.PostAsync($"/admin/pengguna/{redaktur}", Form(await manager.AntiforgeryTokenAsync("/admin/pengguna"), fields));
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        var list = await TextAsync(await manager.GetAsync("/admin/pengguna"));
        Assert.Contains("Pengguna redaktur memegang peran dengan izin yang lebih luas dari izin Anda", list, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await factory.CreateBrowser().SignInAsync("redaktur", "Sandi-Curian-2026")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await factory.CreateBrowser().SignInAsync("redaktur", Password)).StatusCode);
    }

    [Fact]
    public async Task A_role_editor_grants_no_permission_they_do_not_hold_and_no_wider_scope_than_theirs()
    {
        await using var factory = new CmsFactory();
        var admin = await AdminAsync(factory);
        await UnitFeatureTests.CreateRoleAsync(admin, "Perancang Peran", ("ManageRoles", "AllUnits"), ("EditContent", "OwnUnit"));
        await UnitFeatureTests.CreateUserAsync(factory, admin, "perancang", "DEP-SINKA", "Perancang Peran");
        var editor = factory.CreateBrowser();
        await editor.SignInAsync("perancang", Password);

        var form = await editor.GetStringAsync("/admin/peran/baru");
        var edit = SelectOf(form, "EditContent");
        Assert.Contains("value=\"OwnUnit\"", edit, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"AllUnits\"", edit, StringComparison.Ordinal);
        Assert.Contains("disabled", SelectOf(form, "PublishContent"), StringComparison.Ordinal);

        var wider = await editor.PostFormAsync("/admin/peran/baru", "/admin/peran/baru", new() { ["Name"] = "Peran Luas", ["Grants[EditContent]"] = "AllUnits" });
        Assert.Equal(HttpStatusCode.OK, wider.StatusCode);
        Assert.Contains("untuk semua unit karena Anda sendiri memegangnya hanya untuk unit Anda", await TextAsync(wider), StringComparison.Ordinal);
        var other = await editor.PostFormAsync("/admin/peran/baru", "/admin/peran/baru", new() { ["Name"] = "Peran Luas", ["Grants[PublishContent]"] = "OwnUnit" });
        Assert.Contains("karena Anda sendiri tidak memegangnya", await TextAsync(other), StringComparison.Ordinal);
        Assert.DoesNotContain("Peran Luas", await editor.GetStringAsync("/admin/peran"), StringComparison.Ordinal);

        var within = await editor.PostFormAsync("/admin/peran/baru", "/admin/peran/baru", new() { ["Name"] = "Peran Sempit", ["Grants[EditContent]"] = "OwnUnit" });
        Assert.Equal(HttpStatusCode.Redirect, within.StatusCode);

        // Saving a role with grants beyond the editor's reach keeps them: their controls are disabled, so not posted.
        var roleId = await RoleIdAsync(factory, "Editor Humas");
        var before = await GrantsOfAsync(factory, "Editor Humas");
        var saved = await editor.PostFormAsync($"/admin/peran/{roleId}", $"/admin/peran/{roleId}", new() { ["Name"] = "Editor Humas", ["Description"] = "Diubah" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(before, await GrantsOfAsync(factory, "Editor Humas"));
        Assert.Equal(PermissionScope.AllUnits, before["PublishContent"]);
    }

    [Fact]
    public async Task A_global_permission_is_held_only_through_an_all_units_grant_in_the_admin_and_the_api()
    {
        await using var factory = new CmsFactory();
        var admin = await AdminAsync(factory);

        var ownUnit = await admin.PostFormAsync("/admin/peran/baru", "/admin/peran/baru", new() { ["Name"] = "Pengatur Unit", ["Grants[ManageAuditTrail]"] = "OwnUnit" });
        Assert.Equal(HttpStatusCode.OK, ownUnit.StatusCode);
        Assert.Contains("berlaku untuk seluruh situs, sehingga hanya dapat diberikan untuk semua unit", await TextAsync(ownUnit), StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"OwnUnit\"", SelectOf(await admin.GetStringAsync("/admin/peran/baru"), "ManageAuditTrail"), StringComparison.Ordinal);

        // Grants for the own unit made before the rule (or by a recipe) hold nothing.
        await UnitFeatureTests.CreateRoleAsync(admin, "Pengatur Unit", ("ViewAuditTrail", "OwnUnit"));
        await GrantAsync(factory, "Pengatur Unit", PermissionScope.OwnUnit, "ManageAuditTrail", "ManageFeatures", "ManageRoles");
        await UnitFeatureTests.CreateUserAsync(factory, admin, "pengatur", "DEP-SINKA", "Pengatur Unit");
        var unitUser = factory.CreateBrowser();
        await unitUser.SignInAsync("pengatur", Password);

        var retention = await unitUser.PostFormAsync("/admin/jejak-audit", "/admin/jejak-audit/masa-simpan", new() { ["days"] = "40" });
        Assert.StartsWith("/akun/ditolak", retention.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.NotEqual("40", factory.Services.GetRequiredService<ISiteSettings>().Get("AuditTrail:RetentionDays"));
        Assert.StartsWith("/akun/ditolak", (await unitUser.GetAsync("/admin/peran")).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        var api = factory.CreateClient();
        api.UseBearer(await api.TokenAsync("pengatur", Password));
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsync("/api/features/Test.Sample/enable", null)).StatusCode);

        // The same grant for all units works.
        await GrantAsync(factory, "Pengatur Unit", PermissionScope.AllUnits, "ManageAuditTrail", "ManageFeatures");
        var allowed = await unitUser.PostFormAsync("/admin/jejak-audit", "/admin/jejak-audit/masa-simpan", new() { ["days"] = "40" });
        Assert.Equal("/admin/jejak-audit", allowed.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync("/api/features/Test.Sample/enable", null)).StatusCode);
    }

    [Fact]
    public async Task The_settings_writer_refuses_a_user_without_the_global_permission_and_a_permission_not_marked_global()
    {
        await using var factory = new CmsFactory();
        var admin = await AdminAsync(factory);
        await UnitFeatureTests.CreateRoleAsync(admin, "Pengatur Unit", ("ViewAuditTrail", "OwnUnit"));
        await GrantAsync(factory, "Pengatur Unit", PermissionScope.OwnUnit, "ManageAuditTrail");
        await UnitFeatureTests.CreateUserAsync(factory, admin, "pengatur", "DEP-SINKA", "Pengatur Unit");
        var global = new Permission("UjiGlobal", "Uji", "Uji") { Global = true };
        var manageAuditTrail = factory.Services.GetRequiredService<IPermissionService>().FindPermission("ManageAuditTrail")!;
        var unitUser = Principal(await UserIdAsync(factory, "pengatur"));
        var administrator = Principal(await UserIdAsync(factory, "admin"));

        await using var scope = factory.Services.CreateAsyncScope();
        var writer = scope.ServiceProvider.GetRequiredService<ISiteSettingsWriter>();
        var values = new Dictionary<string, string> { ["Uji:Global"] = "1" };
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => writer.SetAsync(unitUser, manageAuditTrail, values, CancellationToken.None));
        await Assert.ThrowsAsync<InvalidOperationException>(() => writer.SetAsync(administrator, global with { Global = false }, values, CancellationToken.None));
        Assert.Equal("", factory.Services.GetRequiredService<ISiteSettings>().Get("Uji:Global"));

        await writer.SetAsync(administrator, manageAuditTrail, values, CancellationToken.None);
        Assert.Equal("1", factory.Services.GetRequiredService<ISiteSettings>().Get("Uji:Global"));
    }

    private static async Task<HttpClient> AdminAsync(CmsFactory factory)
    {
        var admin = factory.CreateBrowser();
        await admin.SignInAsAdminAsync();
        return admin;
    }

    private static Dictionary<string, string> NewUser(string userName, string unitId, string role) => new()
    {
        ["UserName"] = userName,
        ["DisplayName"] = "Pengguna " + userName,
        ["UnitId"] = unitId,
        ["Roles"] = role,
        ["IsActive"] = "true",
        ["Password"] = Password,
    };

    private static FormUrlEncodedContent Form(string token, Dictionary<string, string> fields, params (string Name, string Value)[] more) =>
        new([.. fields, .. more.Select(m => KeyValuePair.Create(m.Name, m.Value)), KeyValuePair.Create("__RequestVerificationToken", token)]);

    private static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    private static string SelectOf(string html, string permission)
    {
        var match = Regex.Match(html, $"<select id=\"grant-{Regex.Escape(permission)}\"[^>]*>.*?</select>", RegexOptions.Singleline);
        Assert.True(match.Success, $"the role form lists {permission}");
        return match.Value;
    }

    private static ClaimsPrincipal Principal(string userId) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId)], "Test"));

    private static async Task<string> UserIdAsync(CmsFactory factory, string userName)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>().FindByNameAsync(userName))!.Id;
    }

    private static async Task<List<string>> RolesOfAsync(CmsFactory factory, string userName)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>();
        return [.. (await users.GetRolesAsync((await users.FindByNameAsync(userName))!)).Order(StringComparer.Ordinal)];
    }

    private static async Task<string> RoleIdAsync(CmsFactory factory, string name)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CmsDbContext>().Roles.Where(r => r.Name == name).Select(r => r.Id).SingleAsync();
    }

    private static async Task<Dictionary<string, PermissionScope>> GrantsOfAsync(CmsFactory factory, string role)
    {
        var id = await RoleIdAsync(factory, role);
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CmsDbContext>().RolePermissions.Where(p => p.RoleId == id).ToDictionaryAsync(p => p.Permission, p => p.Scope);
    }

    /// <summary>Grants as data written without the role editor (an older database, a recipe), then reloaded on this node.</summary>
    private static async Task GrantAsync(CmsFactory factory, string role, PermissionScope scope, params string[] permissions)
    {
        var id = await RoleIdAsync(factory, role);
        await using var services = factory.Services.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<CmsDbContext>();
        await db.RolePermissions.Where(p => p.RoleId == id && permissions.Contains(p.Permission)).ExecuteDeleteAsync();
        db.RolePermissions.AddRange(permissions.Select(p => new RolePermissionRecord { RoleId = id, Permission = p, Scope = scope }));
        await db.SaveChangesAsync();
        await StateStamps.BumpAsync(db, StampNames.Security, CancellationToken.None);
        await services.ServiceProvider.GetRequiredService<StateStamps>().CommittedAsync(CancellationToken.None);
    }
}
