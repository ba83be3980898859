namespace Bkn.Cms.Workflows.Activities;

/// <summary>
/// Runs sandboxed JavaScript (statement, time and memory limits; no .NET access). The script may change
/// <c>properties</c> and <c>output</c>; its value becomes <c>lastResult</c>, and when it is one of the listed outcomes
/// the workflow continues there (otherwise "Done").
/// </summary>
public sealed class ScriptTask(IWorkflowExpressionEvaluator expressions) : WorkflowTask
{
    public override string Name => "ScriptTask";

    public override string DisplayText => "Skrip";

    public override string Category => "Data";

    public override IReadOnlyList<ActivityPropertyDescriptor> Properties =>
        [new("script", "Skrip (JavaScript)", ActivityPropertyKind.Script, Required: true), new("outcomes", "Hasil tambahan", ActivityPropertyKind.List, "Nilai skrip yang menjadi hasil, pisahkan dengan koma.")];

    public override IEnumerable<string> GetOutcomes(ActivityDefinition activity) => [.. activity.GetList("outcomes"), WorkflowOutcomes.Done];

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var value = await expressions.EvaluateScriptAsync(context.GetString("script") ?? "", context, cancellationToken);
        context.LastResult = value?.DeepClone();
        var text = value is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        var outcome = context.Activity.GetList("outcomes").FirstOrDefault(o => o == text);
        return ActivityResult.Outcomes(outcome ?? WorkflowOutcomes.Done);
    }
}
