namespace Bkn.Cms.Workflows.Activities;

/// <summary>A user account was created. Input: <c>userId</c>, <c>userName</c>, <c>unitId</c>; correlation id: the user id.</summary>
public sealed class UserCreatedEvent : WorkflowEvent
{
    public override string Name => WorkflowEventNames.UserCreated;

    public override string DisplayText => "Pengguna dibuat";

    public override string Category => "Pengguna";
}
