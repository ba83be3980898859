using System.Text.Json.Nodes;
using Bkn.Cms.ContentManagement;

namespace Bkn.Cms.Workflows.Handlers;

/// <summary>
/// Raises the content events of workflows, inside the content store's transaction (a run is part of the save). For an
/// item created under a new id the runtime is told so, and skips looking up waits and runs by that id.
/// </summary>
public sealed class WorkflowContentHandler(IWorkflowManager workflows) : IContentHandler
{
    public Task CreatedAsync(ContentItem item, CancellationToken cancellationToken) => RaiseAsync(WorkflowEventNames.ContentCreated, item, cancellationToken);

    public Task UpdatedAsync(ContentItem previous, ContentItem item, CancellationToken cancellationToken) => RaiseAsync(WorkflowEventNames.ContentUpdated, item, cancellationToken);

    public Task PublishedAsync(ContentItem item, CancellationToken cancellationToken) => RaiseAsync(WorkflowEventNames.ContentPublished, item, cancellationToken);

    public Task UnpublishedAsync(ContentItem item, CancellationToken cancellationToken) => RaiseAsync(WorkflowEventNames.ContentUnpublished, item, cancellationToken);

    public Task RemovedAsync(ContentItem item, CancellationToken cancellationToken) => RaiseAsync(WorkflowEventNames.ContentDeleted, item, cancellationToken);

    public static JsonObject Input(ContentItem item) => new()
    {
        ["contentItemId"] = item.ContentItemId,
        ["contentItemVersionId"] = item.ContentItemVersionId,
        ["contentType"] = item.ContentType,
        ["displayText"] = item.DisplayText,
        ["contentItem"] = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(item, ContentItem.JsonOptions)),
    };

    private Task RaiseAsync(string name, ContentItem item, CancellationToken cancellationToken) =>
        workflows.TriggerEventAsync(name, Input(item), item.ContentItemId, item.HasNewId, cancellationToken);
}
