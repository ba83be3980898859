namespace Bkn.Cms.Workflows;

/// <summary>Base class of tasks: activities that do work when reached and continue through their outcomes.</summary>
public abstract class WorkflowTask : IActivity
{
    public abstract string Name { get; }

    public abstract string DisplayText { get; }

    public virtual string Category => "Umum";

    public bool IsEvent => false;

    public virtual IReadOnlyList<ActivityPropertyDescriptor> Properties => [];

    public virtual IEnumerable<string> GetOutcomes(ActivityDefinition activity) => [WorkflowOutcomes.Done];

    public virtual IEnumerable<string> Validate(ActivityDefinition activity) => [];

    public abstract Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken);
}
