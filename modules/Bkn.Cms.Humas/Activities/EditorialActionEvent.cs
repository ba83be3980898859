using Bkn.Cms.Workflows;

namespace Bkn.Cms.Humas.Activities;

/// <summary>
/// An editorial action on a news item, press release or regulation (raised by <c>EditorialService</c> after the action
/// is done). Input: <c>action</c> (submit, request-changes, approve, withdraw, unpublish), <c>contentItemId</c>,
/// <c>contentType</c>, <c>displayText</c>, <c>actorId</c>, <c>submittedBy</c>, <c>note</c>; correlation = ContentItemId.
/// Its outcomes are the actions it listens to, so one event can branch (approve / request-changes).
/// </summary>
public sealed class EditorialActionEvent : WorkflowEvent
{
    public const string EventName = "EditorialActionEvent";
    public const string ActionsProperty = "actions";

    public static readonly IReadOnlyList<string> Actions = ["submit", "request-changes", "approve", "withdraw", "unpublish"];

    public override string Name => EventName;

    public override string DisplayText => "Tindakan redaksi Humas";

    public override string Category => "Humas";

    public override IReadOnlyList<ActivityPropertyDescriptor> Properties =>
        [new(ActionsProperty, "Tindakan", ActivityPropertyKind.List, "submit, request-changes, approve, withdraw, unpublish", Required: true)];

    public override IEnumerable<string> GetOutcomes(ActivityDefinition activity) => activity.GetList(ActionsProperty);

    public override IEnumerable<string> Validate(ActivityDefinition activity)
    {
        foreach (var action in activity.GetList(ActionsProperty).Where(a => !Actions.Contains(a)))
        {
            yield return $"Tindakan redaksi '{action}' tidak dikenal.";
        }
    }

    public override ValueTask<bool> CanHandleAsync(ActivityContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(context.Input["action"]?.GetValue<string>() is { } action && context.Activity.GetList(ActionsProperty).Contains(action));

    public override Task<ActivityResult> ResumeAsync(ActivityContext context, CancellationToken cancellationToken) =>
        Task.FromResult(ActivityResult.Outcomes(context.Input["action"]!.GetValue<string>()));
}
