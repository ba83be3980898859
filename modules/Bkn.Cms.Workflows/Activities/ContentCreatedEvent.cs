namespace Bkn.Cms.Workflows.Activities;

/// <summary>Konten dibuat.</summary>
public sealed class ContentCreatedEvent : ContentEvent
{
    public override string Name => WorkflowEventNames.ContentCreated;

    public override string DisplayText => "Konten dibuat";
}
