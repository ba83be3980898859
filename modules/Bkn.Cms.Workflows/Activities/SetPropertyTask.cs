namespace Bkn.Cms.Workflows.Activities;

/// <summary>Sets a workflow variable (<c>properties.NAME</c>) to the value of a script.</summary>
public sealed class SetPropertyTask(IWorkflowExpressionEvaluator expressions) : WorkflowTask
{
    public override string Name => "SetPropertyTask";

    public override string DisplayText => "Atur variabel";

    public override string Category => "Data";

    public override IReadOnlyList<ActivityPropertyDescriptor> Properties =>
        [new("propertyName", "Nama variabel", Required: true), new("value", "Nilai (JavaScript)", ActivityPropertyKind.Script, "Mis. input.contentItem.DisplayText atau 'teks'.", Required: true)];

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var value = await expressions.EvaluateScriptAsync(context.GetString("value") ?? "null", context, cancellationToken);
        context.Properties[context.GetString("propertyName")!] = value;
        context.LastResult = value?.DeepClone();
        return ActivityResult.Done();
    }
}
