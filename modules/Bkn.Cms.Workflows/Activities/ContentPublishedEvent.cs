namespace Bkn.Cms.Workflows.Activities;

/// <summary>Konten diterbitkan.</summary>
public sealed class ContentPublishedEvent : ContentEvent
{
    public override string Name => WorkflowEventNames.ContentPublished;

    public override string DisplayText => "Konten diterbitkan";
}
