namespace Bkn.Cms.Workflows.Activities;

/// <summary>Continues with the case equal to a script's value, or "Default".</summary>
public sealed class SwitchTask(IWorkflowExpressionEvaluator expressions) : WorkflowTask
{
    public override string Name => "SwitchTask";

    public override string DisplayText => "Pilihan (switch)";

    public override string Category => "Kendali";

    public override IReadOnlyList<ActivityPropertyDescriptor> Properties =>
        [new("expression", "Nilai (JavaScript)", ActivityPropertyKind.Script, Required: true), new("cases", "Kasus", ActivityPropertyKind.List, "Nilai yang dikenali, pisahkan dengan koma.", Required: true)];

    public override IEnumerable<string> GetOutcomes(ActivityDefinition activity) => [.. activity.GetList("cases"), WorkflowOutcomes.Default];

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var value = (await expressions.EvaluateScriptAsync(context.GetString("expression") ?? "null", context, cancellationToken))?.ToString();
        var match = context.Activity.GetList("cases").FirstOrDefault(c => string.Equals(c, value, StringComparison.Ordinal));
        return ActivityResult.Outcomes(match ?? WorkflowOutcomes.Default);
    }
}
