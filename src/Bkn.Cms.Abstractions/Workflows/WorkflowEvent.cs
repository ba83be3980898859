namespace Bkn.Cms.Workflows;

/// <summary>
/// Base class of events. An event whose <see cref="IActivity.Name"/> is passed to
/// <see cref="IWorkflowManager.TriggerEventAsync"/> starts instances of enabled types that use it as a start
/// activity and resumes instances blocked on it. Reached in the middle of a workflow, an event blocks the
/// instance until it occurs (or, for timers, until its due time).
/// </summary>
public abstract class WorkflowEvent : IActivity
{
    public abstract string Name { get; }

    public abstract string DisplayText { get; }

    public virtual string Category => "Peristiwa";

    public bool IsEvent => true;

    public virtual IReadOnlyList<ActivityPropertyDescriptor> Properties => [];

    /// <summary>False for events that can only resume instances.</summary>
    public virtual bool CanStartWorkflow => true;

    public virtual IEnumerable<string> GetOutcomes(ActivityDefinition activity) => [WorkflowOutcomes.Done];

    public virtual IEnumerable<string> Validate(ActivityDefinition activity) => [];

    /// <summary>Whether this occurrence concerns the activity (e.g. the content type filter); <see cref="ActivityContext.Input"/> holds the event data.</summary>
    public virtual ValueTask<bool> CanHandleAsync(ActivityContext context, CancellationToken cancellationToken) => ValueTask.FromResult(true);

    /// <summary>Reached in the middle of a workflow: blocks by default. Timers return <see cref="ActivityResult.HaltUntil"/>.</summary>
    public virtual Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken) => Task.FromResult(ActivityResult.Halt());

    /// <summary>The event occurred (start or resume): returns the outcomes to continue with.</summary>
    public virtual Task<ActivityResult> ResumeAsync(ActivityContext context, CancellationToken cancellationToken) => Task.FromResult(ActivityResult.Outcomes(WorkflowOutcomes.Done));

    /// <summary>
    /// For time-driven start events: the next due time after <paramref name="afterUtc"/>, or null when the event is not
    /// time-driven. The runtime keeps one durable start timer per enabled type and start activity.
    /// </summary>
    public virtual DateTime? GetStartDueUtc(ActivityDefinition activity, DateTime afterUtc) => null;
}
