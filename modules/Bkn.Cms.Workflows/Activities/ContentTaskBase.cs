namespace Bkn.Cms.Workflows.Activities;

/// <summary>Base of tasks that act on one content item (by default the instance's correlation id).</summary>
public abstract class ContentTaskBase(IWorkflowExpressionEvaluator expressions) : WorkflowTask
{
    public override string Category => "Konten";

    protected static ActivityPropertyDescriptor ContentItemIdProperty { get; } =
        new("contentItemId", "ID konten (Liquid)", ActivityPropertyKind.Liquid, "Kosongkan untuk konten yang terkait (correlationId).");

    protected IWorkflowExpressionEvaluator Expressions => expressions;

    protected async Task<string> ContentItemIdAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var template = context.GetString("contentItemId");
        var id = string.IsNullOrWhiteSpace(template) ? context.CorrelationId : (await expressions.RenderLiquidAsync(template, context, html: false, cancellationToken)).Trim();
        return string.IsNullOrEmpty(id) ? throw new WorkflowException("ID konten kosong.") : id;
    }
}
