using System.Text.Json.Nodes;
using Bkn.Cms.Workflows;
using Bkn.Cms.Workflows.Services;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace Bkn.Cms.Tests.Workflows;

public sealed class ScriptSandboxTests
{
    private readonly WorkflowExpressionEvaluator _evaluator = new(new SignalUrls(new EphemeralDataProtectionProvider(), new HttpContextAccessor(), new ConfigurationBuilder().Build()));

    [Fact]
    public async Task A_script_reads_the_input_and_changes_workflow_variables()
    {
        var context = Context(new JsonObject { ["jumlah"] = 2 });
        var value = await _evaluator.EvaluateScriptAsync("properties.total = input.jumlah * 21; 'ok'", context, CancellationToken.None);
        Assert.Equal("ok", value!.GetValue<string>());
        Assert.Equal(42, context.Properties["total"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("while (true) { }")]
    [InlineData("for (;;) { var x = 1 + 1; }")]
    [InlineData("function f() { return f(); } f();")]
    public async Task An_endless_script_is_stopped_with_a_message(string script)
    {
        var error = await Assert.ThrowsAsync<WorkflowException>(() => _evaluator.EvaluateScriptAsync(script, Context(), CancellationToken.None));
        Assert.StartsWith("Skrip dihentikan", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_script_that_hoards_memory_is_stopped()
    {
        var error = await Assert.ThrowsAsync<WorkflowException>(() =>
            _evaluator.EvaluateScriptAsync("var a = []; for (var i = 0; i < 40000; i++) { a.push(new Array(1000).fill('x').join('')); }", Context(), CancellationToken.None));
        Assert.StartsWith("Skrip dihentikan", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("System.IO.File.ReadAllText('/etc/passwd')")]
    [InlineData("importNamespace('System.IO')")]
    [InlineData("System.Environment.Exit(1)")]
    [InlineData("clrHelper.getType('System.IO.File')")]
    public async Task A_script_cannot_reach_dotnet(string script)
    {
        var error = await Assert.ThrowsAsync<WorkflowException>(() => _evaluator.EvaluateScriptAsync(script, Context(), CancellationToken.None));
        Assert.Contains("is not defined", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_of_dotnet_is_visible_from_a_script()
    {
        var value = await _evaluator.EvaluateScriptAsync("[typeof System, typeof importNamespace, typeof host, typeof input.GetType].join(',')", Context(), CancellationToken.None);
        Assert.Equal("undefined,undefined,undefined,undefined", value!.GetValue<string>());
    }

    [Fact]
    public async Task Liquid_renders_workflow_values_and_encodes_html_when_asked()
    {
        var context = Context(new JsonObject { ["judul"] = "<b>Berita</b>" });
        Assert.Equal("Judul: <b>Berita</b>", await _evaluator.RenderLiquidAsync("Judul: {{ input.judul }}", context, html: false, CancellationToken.None));
        Assert.Equal("Judul: &lt;b&gt;Berita&lt;/b&gt;", await _evaluator.RenderLiquidAsync("Judul: {{ input.judul }}", context, html: true, CancellationToken.None));
    }

    [Theory]
    [InlineData("correlationId", "\"c1\"")]
    [InlineData("input.tiket.nomor", "\"HD-2026-000001\"")]
    [InlineData("input.tiket", "{\"nomor\":\"HD-2026-000001\",\"lampiran\":[1,2]}")]
    [InlineData("input.tidakAda", "null")]
    [InlineData("workflow.workflowTypeId;", "\"uji\"")]
    [InlineData("correlationId.length", "2")]
    [InlineData("input.tiket.lampiran.length", "2")]
    [InlineData("input.tiket.nomor + '/' + correlationId", "\"HD-2026-000001/c1\"")]
    public async Task A_plain_path_gives_what_the_script_engine_gives(string expression, string expected)
    {
        var context = Context(new JsonObject { ["tiket"] = new JsonObject { ["nomor"] = "HD-2026-000001", ["lampiran"] = new JsonArray(1, 2) } });
        var value = await _evaluator.EvaluateScriptAsync(expression, context, CancellationToken.None);
        Assert.Equal(expected, value?.ToJsonString() ?? "null");
    }

    [Fact]
    public async Task A_path_through_a_missing_object_faults_like_the_script_engine()
    {
        var error = await Assert.ThrowsAsync<WorkflowException>(() => _evaluator.EvaluateScriptAsync("input.tidakAda.nomor", Context(), CancellationToken.None));
        Assert.Contains("Kesalahan skrip", error.Message, StringComparison.Ordinal);
    }

    internal static ActivityContext Context(JsonObject? input = null) => new()
    {
        Activity = new ActivityDefinition { Id = "a1", Name = "ScriptTask" },
        Workflow = new WorkflowTypeDefinition { WorkflowTypeId = "uji", Name = "Uji" },
        InstanceId = "i1",
        WorkflowTypeId = "uji",
        WorkflowTypeVersion = 1,
        CorrelationId = "c1",
        Input = input ?? [],
        Properties = [],
        Output = [],
        UtcNow = new DateTime(2026, 11, 28, 3, 0, 0, DateTimeKind.Utc),
        Services = Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions.BuildServiceProvider(new Microsoft.Extensions.DependencyInjection.ServiceCollection()),
    };
}
