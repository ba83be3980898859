namespace Bkn.Cms.Workflows.Activities;

/// <summary>Konten ditarik dari terbitan.</summary>
public sealed class ContentUnpublishedEvent : ContentEvent
{
    public override string Name => WorkflowEventNames.ContentUnpublished;

    public override string DisplayText => "Konten ditarik dari terbitan";
}
