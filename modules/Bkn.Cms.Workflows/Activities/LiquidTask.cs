namespace Bkn.Cms.Workflows.Activities;

/// <summary>Renders a Liquid template into a workflow variable (and <c>lastResult</c>).</summary>
public sealed class LiquidTask(IWorkflowExpressionEvaluator expressions) : WorkflowTask
{
    public override string Name => "LiquidTask";

    public override string DisplayText => "Templat Liquid";

    public override string Category => "Data";

    public override IReadOnlyList<ActivityPropertyDescriptor> Properties =>
        [new("template", "Templat (Liquid)", ActivityPropertyKind.Liquid, Required: true), new("propertyName", "Simpan ke variabel", Required: true)];

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var text = await expressions.RenderLiquidAsync(context.GetString("template") ?? "", context, html: false, cancellationToken);
        context.Properties[context.GetString("propertyName")!] = text;
        context.LastResult = text;
        return ActivityResult.Done();
    }
}
