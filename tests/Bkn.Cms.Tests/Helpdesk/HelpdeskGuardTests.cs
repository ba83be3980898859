using System.Net;
using System.Text.Json;
using Bkn.Cms.Helpdesk.Models;
using Bkn.Cms.Helpdesk.Services;
using Bkn.Cms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Helpdesk;

/// <summary>
/// What the helpdesk shows and lets do beyond a user's rights: personal data that would undo the NIK mask, NIK
/// search, global settings for a unit-scoped supervisor, and other units' queues (issue 20, items 3, 4 and 11).
/// </summary>
public sealed class HelpdeskGuardTests(HelpdeskGuardHost host) : IClassFixture<HelpdeskGuardHost>
{
    private const string BirthDate = "12-03-1999";

    [Fact]
    public async Task Without_the_personal_data_permission_the_birth_date_that_is_part_of_the_NIK_stays_hidden()
    {
        var number = await HelpdeskClient.FileTicketAsync(host.Factory.CreateBrowser());
        var operatorBrowser = host.Factory.CreateBrowser();
        await operatorBrowser.SignInAsync("operator1", CmsFactory.HelpdeskPassword);

        // 3201********0001 and 12-03-1999 together leave two digits to guess: the date must not be beside the mask.
        var detail = await operatorBrowser.GetStringAsync($"/admin/helpdesk/tiket/{number}");
        Assert.Contains("3201********0001", detail, StringComparison.Ordinal);
        Assert.DoesNotContain(BirthDate, detail, StringComparison.Ordinal);

        var api = host.Factory.CreateClient();
        api.UseBearer(await api.TokenAsync("operator1", CmsFactory.HelpdeskPassword));
        using var one = JsonDocument.Parse(await api.GetStringAsync($"/api/helpdesk/tickets/{number}?full=true"));
        var applicant = one.RootElement.GetProperty("applicant");
        Assert.Equal("3201********0001", applicant.GetProperty("nik").GetString());
        Assert.Equal(JsonValueKind.Null, applicant.GetProperty("tanggalLahir").ValueKind);

        // The holder of the permission sees it with the full NIK, on the audited view.
        var supervisor = host.Factory.CreateBrowser();
        await supervisor.SignInAsync("supervisor.helpdesk", CmsFactory.HelpdeskPassword);
        Assert.DoesNotContain(BirthDate, await supervisor.GetStringAsync($"/admin/helpdesk/tiket/{number}"), StringComparison.Ordinal);
        var revealed = await supervisor.PostFormAsync($"/admin/helpdesk/tiket/{number}", $"/admin/helpdesk/tiket/{number}/data-pribadi", []);
        Assert.Contains(BirthDate, await revealed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var supervisorApi = host.Factory.CreateClient();
        supervisorApi.UseBearer(await supervisorApi.TokenAsync("supervisor.helpdesk", CmsFactory.HelpdeskPassword));
        using var full = JsonDocument.Parse(await supervisorApi.GetStringAsync($"/api/helpdesk/tickets/{number}?full=true"));
        Assert.Equal("1999-03-12", full.RootElement.GetProperty("applicant").GetProperty("tanggalLahir").GetString());
        Assert.Equal(HelpdeskClient.ValidNik, full.RootElement.GetProperty("applicant").GetProperty("nik").GetString());
    }

    [Fact]
    public async Task Searching_the_queue_by_NIK_needs_the_personal_data_permission()
    {
        var number = await HelpdeskClient.FileTicketAsync(host.Factory.CreateBrowser(), fields: HelpdeskClient.NikForm("3201011203990007"));
        var operatorBrowser = host.Factory.CreateBrowser();
        await operatorBrowser.SignInAsync("operator1", CmsFactory.HelpdeskPassword);

        var page = WebUtility.HtmlDecode(await operatorBrowser.GetStringAsync("/admin/helpdesk?status=semua&q=3201011203990007"));

        Assert.DoesNotContain(number, page, StringComparison.Ordinal);
        Assert.Contains("Pencarian dengan NIK hanya untuk pemegang izin melihat data pribadi.", page, StringComparison.Ordinal);
        Assert.Contains("Cari (nomor, teks)", page, StringComparison.Ordinal);

        // The same operator still finds it by its number.
        Assert.Contains(number, await operatorBrowser.GetStringAsync($"/admin/helpdesk?status=semua&q={number}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_NIK_search_is_in_the_audit_trail_without_the_NIK()
    {
        const string nik = "3201011203990008";
        var number = await HelpdeskClient.FileTicketAsync(host.Factory.CreateBrowser(), fields: HelpdeskClient.NikForm(nik));
        var admin = host.Factory.CreateBrowser();
        await admin.SignInAsAdminAsync();

        Assert.Contains(number, await admin.GetStringAsync($"/admin/helpdesk?status=semua&q={nik}"), StringComparison.Ordinal);

        var audit = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/jejak-audit?category=keamanan"));
        Assert.Contains("Antrean helpdesk dicari dengan NIK", audit, StringComparison.Ordinal);
        Assert.Contains("1 tiket", audit, StringComparison.Ordinal);
        Assert.DoesNotContain(nik, audit, StringComparison.Ordinal);
        Assert.DoesNotContain("3201********0008", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trying_NIK_after_NIK_is_stopped_after_a_few_searches()
    {
        var number = await HelpdeskClient.FileTicketAsync(host.Factory.CreateBrowser(), fields: HelpdeskClient.NikForm("3201011203990009"));
        var supervisor = host.Factory.CreateBrowser();
        await supervisor.SignInAsync("supervisor.helpdesk", CmsFactory.HelpdeskPassword);

        // Candidates that differ in the hidden digits, as a probe would try them; the limit is per user.
        for (var i = 0; i < HelpdeskGuardHost.NikSearchesPerHour; i++)
        {
            var probe = WebUtility.HtmlDecode(await supervisor.GetStringAsync($"/admin/helpdesk?status=semua&q=32010{i + 1}1203990009"));
            Assert.DoesNotContain("Terlalu banyak pencarian dengan NIK", probe, StringComparison.Ordinal);
        }

        var stopped = WebUtility.HtmlDecode(await supervisor.GetStringAsync("/admin/helpdesk?status=semua&q=3201011203990009"));
        Assert.Contains("Terlalu banyak pencarian dengan NIK dalam satu jam.", stopped, StringComparison.Ordinal);
        Assert.DoesNotContain(number, stopped, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_unit_scoped_supervisor_cannot_change_the_settings_of_every_unit()
    {
        var supervisor = host.Factory.CreateBrowser();
        await supervisor.SignInAsync("supervisor.helpdesk", CmsFactory.HelpdeskPassword);
        var categories = await CategoriesAsync();

        // The page does not offer what they cannot change, and says why.
        var page = WebUtility.HtmlDecode(await supervisor.GetStringAsync("/admin/helpdesk/pengaturan"));
        Assert.DoesNotContain("name=\"masa-simpan\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"kalender\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"name=\"sla-{HelpdeskGuardHost.OtherCategory}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"value=\"{HelpdeskGuardHost.OtherTeam}\"", page, StringComparison.Ordinal);
        Assert.Contains("hanya dapat diubah oleh pemegang izin \"Mengatur helpdesk\" untuk semua unit", page, StringComparison.Ordinal);

        // Posted anyway (the form of a global manager): refused with the reason, nothing saved.
        var form = Form(categories, retentionDays: 30, warnHours: 1);
        var refused = await supervisor.PostFormAsync("/admin/helpdesk/pengaturan", "/admin/helpdesk/pengaturan", form);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("berlaku untuk semua unit", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(365, await SettingAsync(s => s.RetentionDays));
        Assert.Equal(4, await SettingAsync(s => s.WarnBeforeHours));

        // Another unit's category, or routing one of theirs to another unit's team: refused as well.
        var other = Form(categories);
        other[$"sla-{HelpdeskGuardHost.OtherCategory}"] = "1";
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.PostFormAsync("/admin/helpdesk/pengaturan", "/admin/helpdesk/pengaturan", Only(other))).StatusCode);
        var away = Form(categories);
        away["tim-lokasi-lahir"] = HelpdeskGuardHost.OtherTeam;
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.PostFormAsync("/admin/helpdesk/pengaturan", "/admin/helpdesk/pengaturan", Only(away))).StatusCode);
        Assert.Equal(24, (await CategoriesAsync()).Single(c => c.Id == HelpdeskGuardHost.OtherCategory).SlaHours);
        Assert.NotEqual(HelpdeskGuardHost.OtherTeam, (await CategoriesAsync()).Single(c => c.Id == "lokasi-lahir").TeamId);

        // What is theirs they still change: the deadline of a category routed to their unit.
        var own = Only(Form(categories));
        own["sla-lokasi-lahir"] = "36";
        Assert.Equal(HttpStatusCode.Redirect, (await supervisor.PostFormAsync("/admin/helpdesk/pengaturan", "/admin/helpdesk/pengaturan", own)).StatusCode);
        Assert.Equal(36, (await CategoriesAsync()).Single(c => c.Id == "lokasi-lahir").SlaHours);
        own["sla-lokasi-lahir"] = categories.Single(c => c.Id == "lokasi-lahir").SlaHours.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await supervisor.PostFormAsync("/admin/helpdesk/pengaturan", "/admin/helpdesk/pengaturan", own)).StatusCode);

        // A manager for all units changes the global settings.
        var admin = host.Factory.CreateBrowser();
        await admin.SignInAsAdminAsync();
        Assert.Contains("name=\"masa-simpan\"", await admin.GetStringAsync("/admin/helpdesk/pengaturan"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_units_queue_counts_are_not_shown_through_a_team_filter()
    {
        await HelpdeskClient.FileTicketAsync(host.Factory.CreateBrowser(), HelpdeskGuardHost.OtherCategory, LokasiLahir());
        var supervisor = host.Factory.CreateBrowser();
        await supervisor.SignInAsync("supervisor.helpdesk", CmsFactory.HelpdeskPassword);

        var own = await CountsAsync(supervisor, "tim-data");
        var other = await CountsAsync(supervisor, HelpdeskGuardHost.OtherTeam);

        Assert.True(own.Values.Sum() > 0, "the supervisor's own team has tickets (sample data)");
        Assert.All(other.Values, count => Assert.Equal(0, count));
    }

    [Fact]
    public async Task The_APIs_after_cursor_answers_another_units_ticket_as_an_unknown_one()
    {
        var foreign = await HelpdeskClient.FileTicketAsync(host.Factory.CreateBrowser(), HelpdeskGuardHost.OtherCategory, LokasiLahir());
        var api = host.Factory.CreateClient();
        api.UseBearer(await api.TokenAsync("operator1", CmsFactory.HelpdeskPassword));

        var unknown = await api.GetAsync($"/api/helpdesk/tickets?after=HD-{DateTime.UtcNow.Year}-999999");
        var other = await api.GetAsync($"/api/helpdesk/tickets?after={foreign}");

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(unknown.StatusCode, other.StatusCode);
        Assert.Equal(Without(await unknown.Content.ReadAsStringAsync(), "traceId"), Without(await other.Content.ReadAsStringAsync(), "traceId"));
    }

    private static Dictionary<string, string> LokasiLahir()
    {
        var fields = HelpdeskClient.NikForm();
        fields.Remove("NomorKk");
        return fields;
    }

    private static Dictionary<string, string> Form(List<HelpdeskCategory> categories, int retentionDays = 365, int warnHours = 4)
    {
        var form = new Dictionary<string, string>
        {
            ["kalender"] = "false", ["libur"] = "", ["peringatan"] = warnHours.ToString(System.Globalization.CultureInfo.InvariantCulture), ["tutup-otomatis"] = "7",
            ["buka-kembali"] = "7", ["masa-simpan"] = retentionDays.ToString(System.Globalization.CultureInfo.InvariantCulture), ["mulai"] = "08:00", ["selesai"] = "16:00",
        };
        foreach (var category in categories)
        {
            form[$"tim-{category.Id}"] = category.TeamId;
            form[$"sla-{category.Id}"] = category.SlaHours.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return form;
    }

    /// <summary>The category fields only, as the page posts them for a unit-scoped supervisor.</summary>
    private static Dictionary<string, string> Only(Dictionary<string, string> form) =>
        form.Where(f => f.Key.StartsWith("tim-", StringComparison.Ordinal) || f.Key.StartsWith("sla-", StringComparison.Ordinal)).ToDictionary();

    private async Task<List<HelpdeskCategory>> CategoriesAsync()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DbContext>().Set<HelpdeskCategory>().AsNoTracking().ToListAsync();
    }

    private async Task<int> SettingAsync(Func<HelpdeskSettings, int> read)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return read(scope.ServiceProvider.GetRequiredService<HelpdeskSettings>());
    }

    private static async Task<Dictionary<string, long>> CountsAsync(HttpClient browser, string team)
    {
        var html = await browser.GetStringAsync($"/admin/helpdesk?tim={team}&status=semua");
        return TicketStatuses.All.ToDictionary(
            TicketStatuses.Slug,
            s =>
            {
                var match = System.Text.RegularExpressions.Regex.Match(html, $"id=\"jumlah-{TicketStatuses.Slug(s)}\">([0-9.]+)<");
                Assert.True(match.Success);
                return long.Parse(match.Groups[1].Value.Replace(".", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
            });
    }

    private static string Without(string json, string property)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        node.Remove(property);
        return node.ToJsonString();
    }
}
