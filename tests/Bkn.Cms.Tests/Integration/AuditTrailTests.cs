using System.Net;
using System.Text.Json.Nodes;
using Bkn.Cms.AuditTrail.Models;
using Bkn.Cms.AuditTrail.Services;
using Bkn.Cms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Integration;

public sealed class AuditTrailTests
{
    [Fact]
    public async Task Content_changes_are_recorded_with_who_which_unit_and_the_old_and_new_version()
    {
        await using var factory = new CmsFactory();
        var api = await FeatureGatingTests.ApiAsync(factory);
        var humas = await UnitFeatureTests.UnitIdAsync(factory, "BIRO-HUMAS");
        var created = await ContentTests.CreateAsync(api, "Rilis Audit", "Satu.", humas);
        var id = created["ContentItemId"]!.GetValue<string>();
        var first = created["ContentItemVersionId"]!.GetValue<string>();
        var updated = await api.PutAsync($"/api/content/{id}", System.Net.Http.Json.JsonContent.Create(new JsonObject { ["ContentItemVersionId"] = first, ["BodyPart"] = new JsonObject { ["Body"] = "Dua.", ["Format"] = "markdown" } }));
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        await api.PostAsync($"/api/content/{id}/publish", null);

        var events = await EventsAsync(factory, e => e.ContentItemId == id);

        Assert.Equal(["content.created", "content.updated", "content.published"], events.Select(e => e.Name));
        Assert.All(events, e => Assert.Equal("admin", e.UserName));
        Assert.All(events, e => Assert.Equal(humas, e.UnitId));
        var update = events[1];
        Assert.Equal(first, update.PreviousVersionId);
        Assert.NotEqual(first, update.VersionId);
    }

    [Fact]
    public async Task Sign_ins_and_failures_are_recorded_without_the_name_typed_for_an_unknown_account()
    {
        await using var factory = new CmsFactory();
        var browser = factory.CreateBrowser();
        await browser.SignInAsync("admin", "salah-sekali");
        await browser.SignInAsync("3201010101900001", "rahasia");
        await browser.SignInAsAdminAsync();

        var security = await EventsAsync(factory, e => e.Category == "keamanan");

        Assert.Contains(security, e => e.Name == "login.failed" && e.UserName == "admin");
        Assert.Contains(security, e => e.Name == "login.succeeded" && e.UserName == "admin");
        var unknown = Assert.Single(security, e => e.Summary.Contains("tidak dikenal", StringComparison.Ordinal));
        Assert.Null(unknown.UserName);
        Assert.DoesNotContain(security, e => e.Summary.Contains("3201010101900001", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_audit_page_filters_by_category_and_exports_csv_and_feature_changes_appear_in_it()
    {
        await using var factory = new CmsFactory();
        var api = await FeatureGatingTests.ApiAsync(factory);
        await api.PostAsync("/api/features/Test.Sample/enable", null);
        var browser = factory.CreateBrowser();
        await browser.SignInAsAdminAsync();

        var page = await browser.GetStringAsync("/admin/jejak-audit?category=konfigurasi");
        Assert.Contains("Fitur Contoh Uji diaktifkan", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Berhasil masuk", page, StringComparison.Ordinal);

        var export = await browser.GetAsync("/admin/jejak-audit/ekspor?category=keamanan");
        Assert.Equal("text/csv", export.Content.Headers.ContentType!.MediaType);
        var bytes = await export.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var csv = System.Text.Encoding.UTF8.GetString(bytes[3..]);
        // Everything a person reads is in WIB (App:TimeZone, Asia/Jakarta by default): the page, the CSV and the workbook.
        Assert.StartsWith("Waktu (WIB);Kategori;Peristiwa", csv, StringComparison.Ordinal);
        var enabled = (await EventsAsync(factory, e => e.Name == "feature.enabled")).Last();
        var wib = enabled.OccurredUtc.AddHours(7);
        Assert.Contains(wib.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), page, StringComparison.Ordinal);
        Assert.Contains("Waktu (WIB)", page, StringComparison.Ordinal);
        Assert.Contains("login.succeeded", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("feature.enabled", csv, StringComparison.Ordinal);

        var excel = await browser.GetAsync("/admin/jejak-audit/ekspor?category=konfigurasi&format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", excel.Content.Headers.ContentType!.MediaType);
        using var workbook = new ClosedXML.Excel.XLWorkbook(new MemoryStream(await excel.Content.ReadAsByteArrayAsync()));
        var sheet = workbook.Worksheet("Jejak Audit");
        Assert.Equal("Peristiwa", sheet.Cell(1, 3).GetString());
        var names = sheet.RowsUsed().Skip(1).Select(r => r.Cell(3).GetString()).ToList();
        Assert.Contains("feature.enabled", names);
        Assert.DoesNotContain("login.succeeded", names);
        Assert.Equal("Waktu (WIB)", sheet.Cell(1, 1).GetString());
        var excelRow = sheet.RowsUsed().Skip(1).First(r => r.Cell(3).GetString() == "feature.enabled");
        Assert.True(Math.Abs((excelRow.Cell(1).GetDateTime() - wib).TotalSeconds) < 1, $"{excelRow.Cell(1).GetDateTime():O} vs {wib:O}");
    }

    [Fact]
    public async Task Events_older_than_the_retention_period_are_removed_and_newer_ones_kept()
    {
        await using var factory = new CmsFactory();
        var browser = factory.CreateBrowser();
        await browser.SignInAsAdminAsync();
        var saved = await browser.PostFormAsync("/admin/jejak-audit", "/admin/jejak-audit/masa-simpan", new() { ["days"] = "30" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var refused = await browser.PostFormAsync("/admin/jejak-audit", "/admin/jejak-audit/masa-simpan", new() { ["days"] = "5" });
        Assert.Contains("antara 30 dan 3650", await browser.GetStringAsync(refused.Headers.Location!.OriginalString), StringComparison.Ordinal);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DbContext>();
            db.Set<AuditEventRecord>().Add(new AuditEventRecord { OccurredUtc = DateTime.UtcNow.AddDays(-31), Category = "keamanan", Name = "login.succeeded", Summary = "lama" });
            db.Set<AuditEventRecord>().Add(new AuditEventRecord { OccurredUtc = DateTime.UtcNow.AddDays(-29), Category = "keamanan", Name = "login.succeeded", Summary = "baru" });
            await db.SaveChangesAsync();
            await ActivatorUtilities.CreateInstance<AuditRetentionTask>(scope.ServiceProvider).RunAsync(scope.ServiceProvider, CancellationToken.None);
        }

        var summaries = (await EventsAsync(factory, _ => true)).Select(e => e.Summary).ToList();
        Assert.DoesNotContain("lama", summaries);
        Assert.Contains("baru", summaries);
    }

    [Fact]
    public async Task With_the_audit_trail_disabled_nothing_is_recorded_and_its_page_is_gone()
    {
        await using var factory = new CmsFactory();
        var api = await FeatureGatingTests.ApiAsync(factory);
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync("/api/features/Bkn.Cms.AuditTrail/disable", null)).StatusCode);
        var before = (await EventsAsync(factory, _ => true)).Count;

        await ContentTests.CreateAsync(api, "Tanpa Jejak", "Isi.");
        var browser = factory.CreateBrowser();
        await browser.SignInAsAdminAsync();

        Assert.Equal(before, (await EventsAsync(factory, _ => true)).Count);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/admin/jejak-audit")).StatusCode);
    }

    private static async Task<List<AuditEventRecord>> EventsAsync(CmsFactory factory, System.Linq.Expressions.Expression<Func<AuditEventRecord, bool>> filter)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DbContext>().Set<AuditEventRecord>().Where(filter).OrderBy(e => e.Id).ToListAsync();
    }
}
