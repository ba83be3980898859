namespace Bkn.Cms.Workflows;

/// <summary>
/// A workflow activity: an event (starts or resumes instances) or a task (does work). Register one with
/// <c>services.AddWorkflowActivity&lt;T&gt;()</c> in a module startup; it is available while that feature is enabled.
/// Derive from <see cref="WorkflowEvent"/> or <see cref="WorkflowTask"/> rather than implementing this directly.
/// </summary>
public interface IActivity
{
    /// <summary>Unique technical name stored in definitions and used as the event name, e.g. "ContentPublishedEvent".</summary>
    string Name { get; }

    /// <summary>Indonesian display text (a localisation key).</summary>
    string DisplayText { get; }

    /// <summary>Indonesian category text shown in the designer (a localisation key).</summary>
    string Category { get; }

    bool IsEvent { get; }

    /// <summary>The properties the designer shows as form fields.</summary>
    IReadOnlyList<ActivityPropertyDescriptor> Properties { get; }

    /// <summary>Outcomes this activity can produce with the given properties (transitions start from these).</summary>
    IEnumerable<string> GetOutcomes(ActivityDefinition activity);

    /// <summary>Checks the properties before a definition is saved; returns Indonesian messages, empty when valid.</summary>
    IEnumerable<string> Validate(ActivityDefinition activity);

    /// <summary>Runs the activity when the workflow reaches it.</summary>
    Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken);
}
