namespace Bkn.Cms.Workflows;

/// <summary>Names of the built-in events (module Bkn.Cms.Workflows), for modules that trigger or reference them.</summary>
public static class WorkflowEventNames
{
    public const string ContentCreated = "ContentCreatedEvent";
    public const string ContentUpdated = "ContentUpdatedEvent";
    public const string ContentPublished = "ContentPublishedEvent";
    public const string ContentUnpublished = "ContentUnpublishedEvent";
    public const string ContentDeleted = "ContentDeletedEvent";
    public const string Timer = "TimerEvent";
    public const string Signal = "SignalEvent";
    public const string UserCreated = "UserCreatedEvent";
    public const string UserLoggedIn = "UserLoggedInEvent";
}
