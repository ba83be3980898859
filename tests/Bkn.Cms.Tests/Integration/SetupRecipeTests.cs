using System.Net;
using System.Text;
using Bkn.Cms.Data;
using Bkn.Cms.Hosting;
using Bkn.Cms.Recipes;
using Bkn.Cms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Integration;

public sealed class SetupRecipeTests
{
    [Fact]
    public async Task First_start_runs_the_setup_recipe_with_the_units_roles_and_admin_of_the_report()
    {
        await using var factory = new CmsFactory();
        var browser = factory.CreateBrowser();

        var home = await browser.GetStringAsync("/");
        Assert.Contains("Badan Kepegawaian Negara", home, StringComparison.Ordinal);
        Assert.Contains("021-80882815", home, StringComparison.Ordinal);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var units = await db.Units.ToListAsync();
        Assert.Equal(32, units.Count);
        var pdik = units.Single(u => u.Code == "DIT-PDIK");
        var sinka = units.Single(u => u.Id == pdik.ParentId);
        Assert.Equal("Deputi Bidang Sistem Informasi Kepegawaian", sinka.Name);
        Assert.Contains(units, u => u.Name == "Biro Hubungan Masyarakat" && units.Single(p => p.Id == u.ParentId).Code == "SESTAMA");
        Assert.Contains(units, u => u.Code == "PKT");

        var roles = await db.Roles.Select(r => r.Name).ToListAsync();
        Assert.Equal(
            ["Admin Modul Unit", "Administrator", "Editor Humas", "Evaluator SOP", "Operator Helpdesk", "Operator Instansi", "Operator KPO/PPO Instansi",
             "Operator Layanan Web Instansi", "Pengelola Layanan Web", "Pengelola Registri Instansi", "Pengesah SOP", "Penulis Humas", "Penyusun SOP", "Petugas PKT", "Supervisor Helpdesk", "Supervisor PKT",
             "Verifikator KPO/PPO"],
            roles.Order(StringComparer.Ordinal));

        await browser.SignInAsAdminAsync();
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task Running_the_setup_recipe_again_changes_nothing()
    {
        await using var factory = new CmsFactory();
        _ = factory.Server;
        var before = await SnapshotAsync(factory);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var executor = scope.ServiceProvider.GetRequiredService<RecipeExecutor>();
            await using var stream = File.OpenRead(SetupService.ResolveRecipePath("bkn-default.recipe.json"));
            await executor.ExecuteAsync(stream, CancellationToken.None);
        }

        Assert.Equal(before, await SnapshotAsync(factory));
    }

    [Fact]
    public async Task A_recipe_with_an_unknown_step_is_refused_by_name_and_nothing_is_applied()
    {
        await using var factory = new CmsFactory();
        _ = factory.Server;
        var before = await SnapshotAsync(factory);

        var ex = await Assert.ThrowsAsync<RecipeException>(() => RunAsync(factory, """
            { "name": "rusak", "steps": [
              { "name": "units", "units": [ { "code": "BARU", "name": "Unit Baru" } ] },
              { "name": "tidak-ada" } ] }
            """));

        Assert.Contains("Langkah 2", ex.Message, StringComparison.Ordinal);
        Assert.Contains("tidak-ada", ex.Message, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(factory));
    }

    [Fact]
    public async Task A_failing_step_rolls_back_the_steps_before_it()
    {
        await using var factory = new CmsFactory();
        _ = factory.Server;
        var before = await SnapshotAsync(factory);

        var ex = await Assert.ThrowsAsync<RecipeException>(() => RunAsync(factory, """
            { "name": "setengah", "steps": [
              { "name": "units", "units": [ { "code": "BARU", "name": "Unit Baru", "parent": "BKN" } ] },
              { "name": "settings", "SiteName": "Nama Lain" },
              { "name": "roles", "roles": [ { "name": "Peran Baru", "permissions": [ "IzinKarangan" ] } ] } ] }
            """));

        Assert.Contains("Langkah 3 (roles)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("IzinKarangan", ex.Message, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(factory));
        Assert.DoesNotContain("Nama Lain", await factory.CreateBrowser().GetStringAsync("/"), StringComparison.Ordinal);
    }

    private static async Task RunAsync(CmsFactory factory, string json)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), CancellationToken.None);
    }

    /// <summary>Every row a recipe can touch, as text, so two snapshots compare by value.</summary>
    private static async Task<string> SnapshotAsync(CmsFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var text = new StringBuilder();
        foreach (var u in await db.Units.OrderBy(u => u.Code).ToListAsync())
        {
            text.AppendLine($"unit {u.Id} {u.Code} {u.Name} {u.Kind} {u.ParentId}");
        }

        foreach (var r in await db.Roles.OrderBy(r => r.Name).ToListAsync())
        {
            text.AppendLine($"role {r.Id} {r.Name} {r.Description} {r.IsSystem}");
        }

        foreach (var p in await db.RolePermissions.OrderBy(p => p.RoleId).ThenBy(p => p.Permission).ToListAsync())
        {
            text.AppendLine($"grant {p.RoleId} {p.Permission} {p.Scope}");
        }

        foreach (var u in await db.Users.OrderBy(u => u.UserName).ToListAsync())
        {
            text.AppendLine($"user {u.Id} {u.UserName} {u.DisplayName} {u.UnitId} {u.PasswordHash}");
        }

        foreach (var ur in await db.UserRoles.OrderBy(x => x.UserId).ThenBy(x => x.RoleId).ToListAsync())
        {
            text.AppendLine($"user-role {ur.UserId} {ur.RoleId}");
        }

        foreach (var s in await db.SiteSettings.OrderBy(s => s.Key).ToListAsync())
        {
            text.AppendLine($"setting {s.Key} {s.Value}");
        }

        foreach (var f in await db.FeatureStates.OrderBy(f => f.FeatureId).ToListAsync())
        {
            text.AppendLine($"feature {f.FeatureId} {f.Enabled}");
        }

        return text.ToString();
    }
}
