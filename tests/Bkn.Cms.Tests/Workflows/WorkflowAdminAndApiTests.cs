using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bkn.Cms.Tests.Infrastructure;
using Bkn.Cms.Workflows;
using static Bkn.Cms.Tests.Workflows.WorkflowTestHelpers;

namespace Bkn.Cms.Tests.Workflows;

public sealed class WorkflowAdminAndApiTests : IClassFixture<SharedHost>
{
    private readonly CmsFactory _factory;

    public WorkflowAdminAndApiTests(SharedHost host) => _factory = host.Factory;

    [Fact]
    public async Task The_api_saves_versions_refuses_bad_definitions_lists_instances_and_takes_signals()
    {
        var anonymous = _factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/workflows/types")).StatusCode);

        var api = _factory.CreateClient();
        api.UseBearer(await api.TokenAsync("admin", CmsFactory.AdminPassword));

        var bad = await api.PostAsJsonAsync("/api/workflows/types", Type("api-salah", [Activity("a1", "LogTask", new JsonObject { ["message"] = "x" })], [Transition("a1", "zz")]));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await bad.Content.ReadAsStringAsync();
        Assert.Contains("menggantung", problem, StringComparison.Ordinal);
        Assert.Contains("peristiwa awal", problem, StringComparison.Ordinal);

        var type = Type(
            "api-persetujuan",
            [
                Activity("mulai", WorkflowEventNames.Signal, new JsonObject { ["signalName"] = "ajukan" }, start: true),
                Activity("tunggu", WorkflowEventNames.Signal, new JsonObject { ["signalName"] = "setujui" }),
            ],
            [Transition("mulai", "tunggu")]);
        var saved = await api.PostAsJsonAsync("/api/workflows/types", type);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(1, (await saved.Content.ReadFromJsonAsync<JsonObject>())!["version"]!.GetValue<int>());
        type["name"] = "Persetujuan lewat API";
        Assert.Equal(2, (await (await api.PostAsJsonAsync("/api/workflows/types", type)).Content.ReadFromJsonAsync<JsonObject>())!["version"]!.GetValue<int>());

        var read = JsonNode.Parse(await api.GetStringAsync("/api/workflows/types/api-persetujuan"))!;
        Assert.Equal("Persetujuan lewat API", read["name"]!.GetValue<string>());
        Assert.Equal(2, read["version"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync("/api/workflows/types/tidak-ada")).StatusCode);

        var started = await api.PostAsJsonAsync("/api/workflows/signal", new { name = "ajukan", correlationId = "surat-77", input = new { perihal = "Cuti" } });
        Assert.Equal("Halted", JsonNode.Parse(await started.Content.ReadAsStringAsync())!["instances"]![0]!["status"]!.GetValue<string>());
        var halted = JsonNode.Parse(await api.GetStringAsync("/api/workflows/instances?type=api-persetujuan&status=Halted&correlationId=surat-77"))!["items"]!.AsArray();
        Assert.Single(halted);

        var resumed = await api.PostAsJsonAsync("/api/workflows/signal", new { name = "setujui", correlationId = "surat-77" });
        Assert.Equal("Finished", JsonNode.Parse(await resumed.Content.ReadAsStringAsync())!["instances"]![0]!["status"]!.GetValue<string>());
        Assert.Empty(JsonNode.Parse(await api.GetStringAsync("/api/workflows/instances?type=api-persetujuan&status=Halted"))!["items"]!.AsArray());
        Assert.Equal(HttpStatusCode.BadRequest, (await api.GetAsync("/api/workflows/instances?status=Hilang")).StatusCode);

        var list = JsonNode.Parse(await api.GetStringAsync("/api/workflows/types"))!.AsArray();
        var row = list.Single(t => t!["workflowTypeId"]!.GetValue<string>() == "api-persetujuan")!;
        Assert.Equal(1, row["instances"]!["Finished"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_administrator_designs_a_workflow_in_the_admin_sees_its_diagram_and_follows_an_instance()
    {
        var browser = _factory.CreateBrowser();
        await browser.SignInAsAdminAsync();

        // Save with errors: the form comes back with the messages and nothing is stored.
        var invalid = await browser.PostFormAsync("/admin/alur-kerja/baru", "/admin/alur-kerja/baru", new()
        {
            ["WorkflowTypeId"] = "admin-uji",
            ["Name"] = "Uji admin",
            ["IsEnabled"] = "true",
            ["Activities[0].Id"] = "catat",
            ["Activities[0].Name"] = "LogTask",
            ["Activities[0].Props[message]"] = "halo",
            ["Command"] = "simpan",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        Assert.Contains("Alur kerja belum memiliki peristiwa awal.", WebUtility.HtmlDecode(await invalid.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        // "Tambah aktivitas" re-renders the form with the new activity, without saving.
        var added = await browser.PostFormAsync("/admin/alur-kerja/baru", "/admin/alur-kerja/baru", new()
        {
            ["WorkflowTypeId"] = "admin-uji",
            ["Name"] = "Uji admin",
            ["NewActivity"] = WorkflowEventNames.Signal,
            ["Command"] = "tambah-aktivitas",
        });
        Assert.Contains("Activities[0].Props[signalName]", await added.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var saved = await browser.PostFormAsync("/admin/alur-kerja/baru", "/admin/alur-kerja/baru", new()
        {
            ["WorkflowTypeId"] = "admin-uji",
            ["Name"] = "Uji admin",
            ["IsEnabled"] = "true",
            ["Activities[0].Id"] = "mulai",
            ["Activities[0].Name"] = WorkflowEventNames.Signal,
            ["Activities[0].IsStart"] = "true",
            ["Activities[0].Props[signalName]"] = "uji-admin",
            ["Activities[1].Id"] = "gagal",
            ["Activities[1].Name"] = "ScriptTask",
            ["Activities[1].Props[script]"] = "throw new Error('sengaja gagal')",
            ["Transitions[0].Source"] = "mulai",
            ["Transitions[0].Outcome"] = "Done",
            ["Transitions[0].Destination"] = "gagal",
            ["Command"] = "simpan",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/admin/alur-kerja/admin-uji", saved.Headers.Location!.OriginalString);

        var designer = await browser.GetStringAsync("/admin/alur-kerja/admin-uji");
        Assert.Contains("<svg class=\"workflow-diagram\"", designer, StringComparison.Ordinal);
        Assert.Contains("Versi 1.", designer, StringComparison.Ordinal);
        Assert.Contains("Uji admin", await browser.GetStringAsync("/admin/alur-kerja"), StringComparison.Ordinal);

        var run = Assert.Single(await _factory.TriggerAsync(WorkflowEventNames.Signal, new JsonObject { ["signal"] = "uji-admin" }, "admin-1"));
        Assert.Equal(WorkflowStatus.Faulted, run.Status);
        var list = await browser.GetStringAsync("/admin/alur-kerja/instans?type=admin-uji&status=Faulted");
        Assert.Contains(run.InstanceId, list, StringComparison.Ordinal);
        var page = await browser.GetStringAsync($"/admin/alur-kerja/instans/{run.InstanceId}");
        Assert.Contains("sengaja gagal", page, StringComparison.Ordinal);
        Assert.Contains("Ulangi dari aktivitas yang gagal", page, StringComparison.Ordinal);

        var cancelled = await browser.PostFormAsync($"/admin/alur-kerja/instans/{run.InstanceId}", $"/admin/alur-kerja/instans/{run.InstanceId}/batalkan", []);
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Equal((int)WorkflowStatus.Cancelled, (await _factory.InstanceAsync(run.InstanceId)).Status);

        var export = await browser.GetStringAsync("/admin/alur-kerja/admin-uji/ekspor");
        Assert.Equal("admin-uji", JsonNode.Parse(export)!["workflowTypeId"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_user_without_the_permission_gets_no_workflow_admin()
    {
        var browser = _factory.CreateBrowser();
        var response = await browser.GetAsync("/admin/alur-kerja");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/akun/masuk", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sign_in_starts_a_workflow_that_notifies_in_the_admin_bar_and_writes_an_email_to_the_outbox()
    {
        await _factory.ApplyTypesAsync(Type(
            "uji-masuk",
            [
                Activity("masuk", WorkflowEventNames.UserLoggedIn, start: true),
                Activity("beritahu", "NotifyTask", new JsonObject { ["users"] = new JsonArray("admin"), ["message"] = "Selamat datang, {{ input.userName }}", ["url"] = "/admin" }),
                Activity("surel", "SendEmailTask", new JsonObject
                {
                    ["to"] = "humas@bkn.go.id",
                    ["subject"] = "Masuk: {{ input.userName }}",
                    ["body"] = "<p>Tanggapi: {{ \"setuju\" | signal_url }}</p>",
                }),
            ],
            [Transition("masuk", "beritahu"), Transition("beritahu", "surel")]));
        var outbox = Path.Combine(_factory.Database.DataPath, "outbox");
        var before = Directory.Exists(outbox) ? Directory.GetFiles(outbox, "*.eml").Length : 0;

        var browser = _factory.CreateBrowser();
        await browser.SignInAsAdminAsync();
        var admin = await browser.GetStringAsync("/admin");
        Assert.Matches("Notifikasi\\s*<span class=\"badge\">[1-9]", admin);
        Assert.Contains("Selamat datang, admin", await browser.GetStringAsync("/admin/notifikasi"), StringComparison.Ordinal);

        var mails = Directory.GetFiles(outbox, "*.eml");
        Assert.Equal(before + 1, mails.Length);
        var mail = await File.ReadAllTextAsync(mails.OrderBy(File.GetLastWriteTimeUtc).Last());
        Assert.Contains("Subject: Masuk: admin", mail, StringComparison.Ordinal);
        Assert.Contains("/alur-kerja/sinyal/", mail, StringComparison.Ordinal);
    }
}
