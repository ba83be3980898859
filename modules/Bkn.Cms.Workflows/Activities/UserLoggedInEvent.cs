namespace Bkn.Cms.Workflows.Activities;

/// <summary>A user signed in. Input: <c>userId</c>, <c>userName</c>, <c>unitId</c>; correlation id: the user id.</summary>
public sealed class UserLoggedInEvent : WorkflowEvent
{
    public override string Name => WorkflowEventNames.UserLoggedIn;

    public override string DisplayText => "Pengguna masuk";

    public override string Category => "Pengguna";
}
