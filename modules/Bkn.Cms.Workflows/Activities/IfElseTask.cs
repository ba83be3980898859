namespace Bkn.Cms.Workflows.Activities;

/// <summary>Continues with "True" or "False" by a script condition.</summary>
public sealed class IfElseTask(IWorkflowExpressionEvaluator expressions) : WorkflowTask
{
    public override string Name => "IfElseTask";

    public override string DisplayText => "Jika / selain itu";

    public override string Category => "Kendali";

    public override IReadOnlyList<ActivityPropertyDescriptor> Properties => [new("condition", "Syarat (JavaScript)", ActivityPropertyKind.Script, Required: true)];

    public override IEnumerable<string> GetOutcomes(ActivityDefinition activity) => [WorkflowOutcomes.True, WorkflowOutcomes.False];

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var value = await expressions.EvaluateScriptAsync(context.GetString("condition") ?? "false", context, cancellationToken);
        return ActivityResult.Outcomes(Truthy(value) ? WorkflowOutcomes.True : WorkflowOutcomes.False);
    }

    internal static bool Truthy(System.Text.Json.Nodes.JsonNode? value) => value switch
    {
        null => false,
        System.Text.Json.Nodes.JsonValue v when v.TryGetValue<bool>(out var b) => b,
        System.Text.Json.Nodes.JsonValue v when v.TryGetValue<double>(out var d) => d != 0 && !double.IsNaN(d),
        System.Text.Json.Nodes.JsonValue v when v.TryGetValue<string>(out var s) => s.Length > 0,
        _ => true,
    };
}
