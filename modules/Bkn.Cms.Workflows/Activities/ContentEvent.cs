using Bkn.Cms.ContentManagement;

namespace Bkn.Cms.Workflows.Activities;

/// <summary>
/// Base of the content events. Input: <c>contentItemId</c>, <c>contentType</c>, <c>displayText</c>, <c>contentItem</c> (JSON);
/// the correlation id is the ContentItemId. "Tipe konten" limits the event to some types.
/// </summary>
public abstract class ContentEvent : WorkflowEvent
{
    public const string ContentTypesProperty = "contentTypes";

    public override string Category => "Konten";

    public override IReadOnlyList<ActivityPropertyDescriptor> Properties =>
        [new(ContentTypesProperty, "Tipe konten", ActivityPropertyKind.List, "Kosongkan untuk semua tipe; pisahkan dengan koma.")];

    public override ValueTask<bool> CanHandleAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var types = context.Activity.GetList(ContentTypesProperty);
        var type = context.Input["contentType"]?.GetValue<string>();
        return ValueTask.FromResult(types.Count == 0 || (type is not null && types.Contains(type, StringComparer.Ordinal)));
    }
}
