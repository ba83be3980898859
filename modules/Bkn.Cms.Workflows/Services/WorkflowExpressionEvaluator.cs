using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Fluid;
using Fluid.Values;
using Jint;
using Jint.Native;
using Jint.Runtime;

namespace Bkn.Cms.Workflows.Services;

/// <summary>
/// JavaScript through Jint in a sandbox (no CLR access, statement, time, recursion and memory limits, a fresh engine per
/// evaluation) and Liquid through Fluid. Values cross the boundary as JSON only, so scripts never see .NET objects.
/// </summary>
public sealed partial class WorkflowExpressionEvaluator(SignalUrls signalUrls) : IWorkflowExpressionEvaluator
{
    public const int MaxStatements = 50_000;
    public const long MemoryLimitBytes = 32 * 1024 * 1024;
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    private static readonly FluidParser Parser = new();
    private static readonly ConcurrentDictionary<string, IFluidTemplate> Templates = new(StringComparer.Ordinal);

    // Parsed and analysed once per script text (a prepared script is immutable and shared by engines); the engine itself
    // stays fresh per evaluation, so no state leaks from one run into another.
    private static readonly ConcurrentDictionary<string, Prepared<Acornima.Ast.Script>> Scripts = new(StringComparer.Ordinal);

    public Task<JsonNode?> EvaluateScriptAsync(string script, ActivityContext context, CancellationToken cancellationToken)
    {
        // A bare path such as `correlationId` or `input.ContentType` (most property values) is read from the JSON
        // directly: same result as the engine gives, without building an engine for it.
        if (PathExpression().Match(script) is { Success: true } path && TryReadPath(path, context, out var value))
        {
            return Task.FromResult(value);
        }

        var engine = new Engine(o => o
            .LimitRecursion(64)
            .MaxStatements(MaxStatements)
            .TimeoutInterval(Timeout)
            .LimitMemory(MemoryLimitBytes)
            .CancellationToken(cancellationToken)
            .Strict(false));
        try
        {
            var parser = new Jint.Native.Json.JsonParser(engine);
            engine.SetValue("input", parser.Parse(context.Input.ToJsonString()));
            engine.SetValue("properties", parser.Parse(context.Properties.ToJsonString()));
            engine.SetValue("output", parser.Parse(context.Output.ToJsonString()));
            engine.SetValue("lastResult", context.LastResult is null ? JsValue.Null : parser.Parse(context.LastResult.ToJsonString()));
            engine.SetValue("correlationId", context.CorrelationId is null ? JsValue.Null : new JsString(context.CorrelationId));
            engine.SetValue("workflow", parser.Parse(WorkflowInfo(context).ToJsonString()));

            var result = engine.Evaluate(Prepare(script));
            var serializer = new Jint.Native.Json.JsonSerializer(engine);
            ReplaceWith(context.Properties, serializer.Serialize(engine.GetValue("properties")));
            ReplaceWith(context.Output, serializer.Serialize(engine.GetValue("output")));
            var json = serializer.Serialize(result);
            return Task.FromResult(json.IsString() ? JsonNode.Parse(json.AsString()) : null);
        }
        catch (StatementsCountOverflowException ex)
        {
            throw new WorkflowException($"Skrip dihentikan: melebihi {MaxStatements} pernyataan.", ex);
        }
        catch (TimeoutException ex)
        {
            throw new WorkflowException($"Skrip dihentikan: melebihi {Timeout.TotalSeconds} detik.", ex);
        }
        catch (MemoryLimitExceededException ex)
        {
            throw new WorkflowException("Skrip dihentikan: memakai terlalu banyak memori.", ex);
        }
        catch (RecursionDepthOverflowException ex)
        {
            throw new WorkflowException("Skrip dihentikan: rekursi terlalu dalam.", ex);
        }
        catch (JavaScriptException ex)
        {
            throw new WorkflowException($"Kesalahan skrip: {ex.Message}", ex);
        }
        catch (Acornima.ParseErrorException ex)
        {
            throw new WorkflowException($"Skrip tidak sah: {ex.Message}", ex);
        }
    }

    public async Task<string> RenderLiquidAsync(string template, ActivityContext context, bool html, CancellationToken cancellationToken)
    {
        if (!Templates.TryGetValue(template, out var parsed))
        {
            if (!Parser.TryParse(template, out parsed, out var error))
            {
                throw new WorkflowException($"Templat Liquid tidak sah: {error}");
            }

            if (Templates.Count < 1000)
            {
                Templates[template] = parsed;
            }
        }

        var options = new TemplateOptions();
        options.Filters.AddFilter("signal_url", (input, _, ctx) =>
            new ValueTask<FluidValue>(new StringValue(signalUrls.Create(input.ToStringValue(), context.CorrelationId, context.InstanceId))));
        var liquid = new TemplateContext(options);
        liquid.SetValue("input", ToPlain(context.Input));
        liquid.SetValue("properties", ToPlain(context.Properties));
        liquid.SetValue("output", ToPlain(context.Output));
        liquid.SetValue("lastResult", ToPlain(context.LastResult));
        liquid.SetValue("correlationId", context.CorrelationId ?? "");
        liquid.SetValue("workflow", new Dictionary<string, object?>
        {
            ["workflowTypeId"] = context.WorkflowTypeId,
            ["version"] = context.WorkflowTypeVersion,
            ["instanceId"] = context.InstanceId,
        });
        return html ? await parsed.RenderAsync(liquid, HtmlEncoder.Default) : await parsed.RenderAsync(liquid, NullEncoder.Default);
    }

    /// <summary>What scripts see as <c>workflow</c>.</summary>
    private static JsonObject WorkflowInfo(ActivityContext context) => new()
    {
        ["workflowTypeId"] = context.WorkflowTypeId,
        ["version"] = context.WorkflowTypeVersion,
        ["instanceId"] = context.InstanceId,
        ["now"] = context.UtcNow.ToString("O", CultureInfo.InvariantCulture),
    };

    /// <summary>Walks a path through objects; anything else (a string's length, an array, a member of null) is left to the engine.</summary>
    private static bool TryReadPath(Match path, ActivityContext context, out JsonNode? value)
    {
        JsonNode? node = path.Groups["root"].Value switch
        {
            "input" => context.Input,
            "properties" => context.Properties,
            "output" => context.Output,
            "lastResult" => context.LastResult,
            "correlationId" => context.CorrelationId is null ? null : JsonValue.Create(context.CorrelationId),
            _ => WorkflowInfo(context),
        };
        foreach (Capture member in path.Groups["member"].Captures)
        {
            if (node is not JsonObject obj)
            {
                value = null;
                return false;
            }

            node = obj[member.Value];
        }

        value = node?.DeepClone();
        return true;
    }

    [GeneratedRegex(@"^\s*(?<root>input|properties|output|lastResult|correlationId|workflow)(?:\.(?<member>[A-Za-z_$][A-Za-z0-9_$]*))*\s*;?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PathExpression();

    private static Prepared<Acornima.Ast.Script> Prepare(string script)
    {
        if (Scripts.TryGetValue(script, out var prepared))
        {
            return prepared;
        }

        prepared = Engine.PrepareScript(script, strict: false);
        if (Scripts.Count < 1000)
        {
            Scripts[script] = prepared;
        }

        return prepared;
    }

    private static void ReplaceWith(JsonObject target, JsValue json)
    {
        if (!json.IsString() || JsonNode.Parse(json.AsString()) is not JsonObject source)
        {
            return;
        }

        target.Clear();
        foreach (var (key, value) in source.ToList())
        {
            source.Remove(key);
            target[key] = value;
        }
    }

    /// <summary>JSON as dictionaries, lists and primitives, which Fluid reads without registering types.</summary>
    internal static object? ToPlain(JsonNode? node) => node switch
    {
        null => null,
        JsonObject o => o.ToDictionary(p => p.Key, p => ToPlain(p.Value)),
        JsonArray a => a.Select(ToPlain).ToList(),
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<long>(out var l) => l,
        JsonValue v when v.TryGetValue<decimal>(out var d) => d,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => node.ToString(),
    };
}
