namespace Bkn.Cms.Workflows.Activities;

/// <summary>Konten dihapus.</summary>
public sealed class ContentDeletedEvent : ContentEvent
{
    public override string Name => WorkflowEventNames.ContentDeleted;

    public override string DisplayText => "Konten dihapus";
}
