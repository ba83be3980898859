using System.Text.Json.Nodes;
using Bkn.Cms.ContentManagement;
using Bkn.Cms.Tests.Infrastructure;
using Bkn.Cms.Workflows;
using Microsoft.Extensions.DependencyInjection;
using static Bkn.Cms.Tests.Workflows.WorkflowTestHelpers;

namespace Bkn.Cms.Tests.Workflows;

public sealed class WorkflowExecutorTests : IClassFixture<SharedHost>
{
    private readonly CmsFactory _factory;

    public WorkflowExecutorTests(SharedHost host) => _factory = host.Factory;

    [Fact]
    public async Task Branches_run_in_parallel_and_the_join_continues_once_when_both_arrived()
    {
        await _factory.ApplyTypesAsync(Type(
            "uji-cabang",
            [
                Activity("mulai", WorkflowEventNames.Signal, new JsonObject { ["signalName"] = "mulai-cabang" }, start: true),
                Activity("cabang", "ForkTask", new JsonObject { ["branches"] = new JsonArray("hukum", "keuangan") }),
                Activity("hukum", WorkflowEventNames.Signal, new JsonObject { ["signalName"] = "hukum-setuju" }),
                Activity("keuangan", "SetPropertyTask", new JsonObject { ["propertyName"] = "keuangan", ["value"] = "'ok'" }),
                Activity("gabung", "JoinTask", new JsonObject { ["mode"] = "WaitAll" }),
                Activity("hitung", "ScriptTask", new JsonObject { ["script"] = "properties.selesai = (properties.selesai || 0) + 1;" }),
            ],
            [
                Transition("mulai", "cabang"), Transition("cabang", "hukum", "hukum"), Transition("cabang", "keuangan", "keuangan"),
                Transition("hukum", "gabung"), Transition("keuangan", "gabung"), Transition("gabung", "hitung"),
            ]));

        var run = Assert.Single(await _factory.TriggerAsync(WorkflowEventNames.Signal, new JsonObject { ["signal"] = "mulai-cabang" }, "surat-1"));
        Assert.Equal(WorkflowStatus.Halted, run.Status);
        Assert.Null((await _factory.InstanceAsync(run.InstanceId)).State()["properties"]!["selesai"]);

        var resumed = Assert.Single(await _factory.TriggerAsync(WorkflowEventNames.Signal, new JsonObject { ["signal"] = "hukum-setuju" }, "surat-1"));
        Assert.Equal(WorkflowStatus.Finished, resumed.Status);
        Assert.Equal(1, (await _factory.InstanceAsync(run.InstanceId)).State()["properties"]!["selesai"]!.GetValue<int>());
    }

    [Fact]
    public async Task If_switch_and_for_each_choose_their_paths_from_the_input()
    {
        await _factory.ApplyTypesAsync(Type(
            "uji-kendali",
            [
                Activity("mulai", WorkflowEventNames.Signal, new JsonObject { ["signalName"] = "mulai-kendali" }, start: true),
                Activity("jika", "IfElseTask", new JsonObject { ["condition"] = "input.jumlah > 10" }),
                Activity("besar", "SetPropertyTask", new JsonObject { ["propertyName"] = "ukuran", ["value"] = "'besar'" }),
                Activity("kecil", "SetPropertyTask", new JsonObject { ["propertyName"] = "ukuran", ["value"] = "'kecil'" }),
                Activity("pilih", "SwitchTask", new JsonObject { ["expression"] = "input.loket", ["cases"] = new JsonArray("A", "B") }),
                Activity("loketA", "SetPropertyTask", new JsonObject { ["propertyName"] = "layanan", ["value"] = "'Pengadaan dan Kepangkatan'" }),
                Activity("lain", "SetPropertyTask", new JsonObject { ["propertyName"] = "layanan", ["value"] = "'lainnya'" }),
                Activity("tiap", "ForEachTask", new JsonObject { ["items"] = "input.berkas", ["variable"] = "berkas" }),
                Activity("kumpul", "ScriptTask", new JsonObject { ["script"] = "properties.daftar = (properties.daftar || '') + properties.berkas + ';'" }),
            ],
            [
                Transition("mulai", "jika"), Transition("jika", "besar", "True"), Transition("jika", "kecil", "False"),
                Transition("besar", "pilih"), Transition("kecil", "pilih"),
                Transition("pilih", "loketA", "A"), Transition("pilih", "lain", "B"), Transition("pilih", "lain", "Default"),
                Transition("loketA", "tiap"), Transition("lain", "tiap"),
                Transition("tiap", "kumpul", "Iterate"), Transition("kumpul", "tiap"),
            ]));

        var run = Assert.Single(await _factory.TriggerAsync(
            WorkflowEventNames.Signal,
            new JsonObject { ["signal"] = "mulai-kendali", ["jumlah"] = 3, ["loket"] = "A", ["berkas"] = new JsonArray("SK", "SKP", "Ijazah") },
            "kendali-1"));
        Assert.Equal(WorkflowStatus.Finished, run.Status);
        var properties = (await _factory.InstanceAsync(run.InstanceId)).State()["properties"]!;
        Assert.Equal("kecil", properties["ukuran"]!.GetValue<string>());
        Assert.Equal("Pengadaan dan Kepangkatan", properties["layanan"]!.GetValue<string>());
        Assert.Equal("SK;SKP;Ijazah;", properties["daftar"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_fault_stops_the_instance_with_the_error_in_its_journal_and_a_retry_continues_from_there()
    {
        const string missing = "kontenbelumada000000000001"; // 26 characters, the ContentItemId column width
        await _factory.ApplyTypesAsync(Type(
            "uji-gagal",
            [
                Activity("mulai", WorkflowEventNames.Signal, new JsonObject { ["signalName"] = "mulai-gagal" }, start: true),
                Activity("sebelum", "ScriptTask", new JsonObject { ["script"] = "properties.langkah = (properties.langkah || 0) + 1;" }),
                Activity("terbit", "PublishContentTask", new JsonObject { ["contentItemId"] = "{{ input.target }}" }),
                Activity("sesudah", "SetPropertyTask", new JsonObject { ["propertyName"] = "terbit", ["value"] = "true" }),
            ],
            [Transition("mulai", "sebelum"), Transition("sebelum", "terbit"), Transition("terbit", "sesudah")]));

        var run = Assert.Single(await _factory.TriggerAsync(WorkflowEventNames.Signal, new JsonObject { ["signal"] = "mulai-gagal", ["target"] = missing }, "gagal-1"));
        Assert.Equal(WorkflowStatus.Faulted, run.Status);
        var faulted = await _factory.InstanceAsync(run.InstanceId);
        Assert.Contains("tidak ditemukan", faulted.FaultMessage, StringComparison.Ordinal);
        Assert.Contains("\"faulted\"", faulted.Journal, StringComparison.Ordinal);

        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            var item = content.NewPage("Akhirnya ada");
            item.ContentItemId = missing;
            await content.CreateAsync(item, publish: false);
            var retried = await scope.ServiceProvider.GetRequiredService<WorkflowManager>().RetryAsync(run.InstanceId, CancellationToken.None);
            Assert.Equal(WorkflowStatus.Finished, retried.Status);
            Assert.NotNull(await content.GetAsync(missing, VersionOptions.Published));
        }

        var finished = (await _factory.InstanceAsync(run.InstanceId)).State()["properties"]!;
        Assert.Equal(1, finished["langkah"]!.GetValue<int>()); // the activity before the fault did not run again
        Assert.True(finished["terbit"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_workflow_that_triggers_itself_is_stopped_by_the_recursion_guard_and_the_save_still_succeeds()
    {
        await _factory.ApplyTypesAsync(Type(
            "uji-rekursi",
            [
                Activity("ubah", WorkflowEventNames.ContentUpdated, new JsonObject { ["contentTypes"] = new JsonArray("Halaman") }, start: true),
                Activity("ubahlagi", "UpdateContentTask", new JsonObject { ["parts"] = "({ TitlePart: { Title: input.displayText + '!' } })" }),
            ],
            [Transition("ubah", "ubahlagi")]));

        string id;
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            var item = content.NewPage("Rekursi");
            item = await content.CreateAsync(item, publish: false);
            id = item.ContentItemId;
            item.Content["TitlePart"] = new JsonObject { ["Title"] = "Rekursi diubah" };
            await content.UpdateAsync(item);
        }

        var instances = (await _factory.InstancesAsync("uji-rekursi")).Where(i => i.CorrelationId == id).ToList();
        Assert.Equal(WorkflowConstants.MaxTriggerDepth, instances.Count);
        await using var check = _factory.Services.CreateAsyncScope();
        var saved = await check.ServiceProvider.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Latest);
        Assert.StartsWith("Rekursi diubah!", saved!.DisplayText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_definition_with_an_unknown_activity_a_dangling_transition_or_no_start_is_refused()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<WorkflowTypeStore>();
        var definition = WorkflowTypeDefinition.FromJson(Type(
            "uji-salah",
            [Activity("a1", "TidakAdaTask"), Activity("a2", "LogTask", new JsonObject { ["message"] = "x" })],
            [Transition("a2", "a9")]).ToJsonString());
        var error = await Assert.ThrowsAsync<WorkflowException>(() => store.SaveAsync(definition, CancellationToken.None));
        Assert.Contains(error.Errors, e => e.Contains("TidakAdaTask", StringComparison.Ordinal) && e.Contains("tidak dikenal", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Contains("menggantung", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Contains("peristiwa awal", StringComparison.Ordinal));
        Assert.Null(await store.GetAsync("uji-salah"));
    }
}
