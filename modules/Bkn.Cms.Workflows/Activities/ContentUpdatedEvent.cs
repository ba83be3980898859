namespace Bkn.Cms.Workflows.Activities;

/// <summary>Konten diubah.</summary>
public sealed class ContentUpdatedEvent : ContentEvent
{
    public override string Name => WorkflowEventNames.ContentUpdated;

    public override string DisplayText => "Konten diubah";
}
