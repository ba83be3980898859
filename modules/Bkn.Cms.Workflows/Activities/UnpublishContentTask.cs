using Bkn.Cms.ContentManagement;

namespace Bkn.Cms.Workflows.Activities;

/// <summary>Takes a content item offline.</summary>
public sealed class UnpublishContentTask(IWorkflowExpressionEvaluator expressions, IContentManager content) : ContentTaskBase(expressions)
{
    public override string Name => "UnpublishContentTask";

    public override string DisplayText => "Tarik konten dari terbitan";

    public override IReadOnlyList<ActivityPropertyDescriptor> Properties => [ContentItemIdProperty];

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        await content.UnpublishAsync(await ContentItemIdAsync(context, cancellationToken), cancellationToken);
        return ActivityResult.Done();
    }
}
