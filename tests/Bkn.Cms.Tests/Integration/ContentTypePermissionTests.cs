using System.Net;
using Bkn.Cms.ContentManagement;
using Bkn.Cms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Integration;

/// <summary>Securable types are opened only by their own permissions (view, edit, publish, delete — own or any).</summary>
public sealed class ContentTypePermissionTests
{
    private static async Task<string> CreateAsync(CmsFactory factory, HttpClient browser, string type, string title, string unitCode, string submit = "simpan")
    {
        var response = await browser.PostFormAsync($"/admin/konten/baru/{type}", $"/admin/konten/baru/{type}", new()
        {
            ["TitlePart.Title"] = title,
            ["unitId"] = (await UnitFeatureTests.UnitIdAsync(factory, unitCode)).ToString(),
            ["submit"] = submit,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{title}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return response.Headers.Location!.OriginalString.Split('/')[^1];
    }

    [Fact]
    public async Task A_securable_type_is_hidden_from_global_editors_and_opened_per_type_own_or_any()
    {
        await using var factory = new CmsFactory();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IContentDefinitionStore>().SaveTypeAsync(
                new ContentTypeDefinition("Berkas", "Berkas Layanan", new ContentTypeSettings { Securable = true }, [new ContentTypePartDefinition("TitlePart", "TitlePart", [])]),
                CancellationToken.None);
        }

        var admin = factory.CreateBrowser();
        await admin.SignInAsAdminAsync();

        // The role editor offers the per-type permissions of the securable type.
        var roleForm = await admin.GetStringAsync("/admin/peran/baru");
        Assert.Contains("EditOwnContent:Berkas", roleForm, StringComparison.Ordinal);
        Assert.Contains("Mengubah Berkas Layanan milik sendiri", roleForm, StringComparison.Ordinal);

        await UnitFeatureTests.CreateRoleAsync(admin, "Petugas Berkas", ("EditOwnContent:Berkas", "OwnUnit"));
        await UnitFeatureTests.CreateRoleAsync(admin, "Pemeriksa Berkas", ("ViewContent:Berkas", "AllUnits"));
        await UnitFeatureTests.CreateUserAsync(factory, admin, "petugas1", "PKT", "Petugas Berkas");
        await UnitFeatureTests.CreateUserAsync(factory, admin, "petugas2", "PKT", "Petugas Berkas");
        await UnitFeatureTests.CreateUserAsync(factory, admin, "pemeriksa", "BKN", "Pemeriksa Berkas");
        await UnitFeatureTests.CreateUserAsync(factory, admin, "editor", "BIRO-HUMAS", "Editor Humas");

        var adminItem = await CreateAsync(factory, admin, "Berkas", "Berkas milik admin", "PKT");
        var officer = factory.CreateBrowser();
        await officer.SignInAsync("petugas1", UnitFeatureTests.Password);
        var ownItem = await CreateAsync(factory, officer, "Berkas", "Berkas petugas satu", "PKT");

        // Own items only: sees and edits their own, not the admin's in the same unit; cannot publish.
        var list = await officer.GetStringAsync("/admin/konten");
        Assert.Contains("Berkas petugas satu", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Berkas milik admin", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Tentang BKN", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/admin/konten/{adminItem}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/admin/konten/{ownItem}")).StatusCode);
        var publish = await officer.PostFormAsync($"/admin/konten/{ownItem}", $"/admin/konten/{ownItem}/terbitkan", []);
        Assert.StartsWith("/akun/ditolak", publish.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.DoesNotContain("Berkas petugas satu", await admin.GetStringAsync("/admin/konten?type=Berkas&status=terbit"), StringComparison.Ordinal);

        var colleague = factory.CreateBrowser();
        await colleague.SignInAsync("petugas2", UnitFeatureTests.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await colleague.GetAsync($"/admin/konten/{ownItem}")).StatusCode);

        // A global editor (all units) does not reach the securable type at all, but keeps ordinary content.
        var editor = factory.CreateBrowser();
        await editor.SignInAsync("editor", UnitFeatureTests.Password);
        var editorResponse = await editor.GetAsync("/admin/konten");
        Assert.True(editorResponse.StatusCode == HttpStatusCode.OK, editorResponse.Headers.Location?.ToString());
        var editorList = await editorResponse.Content.ReadAsStringAsync();
        Assert.Contains("Tentang BKN", await editor.GetStringAsync("/admin/konten?type=Halaman"), StringComparison.Ordinal);
        Assert.DoesNotContain("Berkas petugas satu", editorList, StringComparison.Ordinal);
        Assert.DoesNotContain("Berkas petugas satu", await editor.GetStringAsync("/admin/konten?q=Berkas"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"/admin/konten/{ownItem}")).StatusCode);

        // View-any: sees every item read-only, and a save is refused.
        var reviewer = factory.CreateBrowser();
        await reviewer.SignInAsync("pemeriksa", UnitFeatureTests.Password);
        var reviewerList = await reviewer.GetStringAsync("/admin/konten");
        Assert.Contains("Berkas petugas satu", reviewerList, StringComparison.Ordinal);
        Assert.Contains("Berkas milik admin", reviewerList, StringComparison.Ordinal);
        var page = await reviewer.GetStringAsync($"/admin/konten/{ownItem}");
        Assert.Contains("Anda hanya berwenang melihat konten ini.", page, StringComparison.Ordinal);
        var version = System.Text.RegularExpressions.Regex.Match(page, "name=\"contentItemVersionId\" value=\"([a-z0-9]+)\"").Groups[1].Value;
        var save = await reviewer.PostFormAsync($"/admin/konten/{ownItem}", $"/admin/konten/{ownItem}", new() { ["contentItemVersionId"] = version, ["TitlePart.Title"] = "Diubah pemeriksa" });
        Assert.StartsWith("/akun/ditolak", save.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.DoesNotContain("Diubah pemeriksa", await admin.GetStringAsync($"/admin/konten/{ownItem}"), StringComparison.Ordinal);
    }
}
