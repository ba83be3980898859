using Bkn.Cms.ContentManagement;

namespace Bkn.Cms.Workflows.Activities;

/// <summary>Publishes the latest version of a content item.</summary>
public sealed class PublishContentTask(IWorkflowExpressionEvaluator expressions, IContentManager content) : ContentTaskBase(expressions)
{
    public override string Name => "PublishContentTask";

    public override string DisplayText => "Terbitkan konten";

    public override IReadOnlyList<ActivityPropertyDescriptor> Properties => [ContentItemIdProperty];

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        await content.PublishAsync(await ContentItemIdAsync(context, cancellationToken), cancellationToken);
        return ActivityResult.Done();
    }
}
