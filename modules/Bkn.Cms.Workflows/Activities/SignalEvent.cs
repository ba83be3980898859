namespace Bkn.Cms.Workflows.Activities;

/// <summary>
/// Waits for (or starts on) a named signal sent through <c>POST /api/workflows/signal</c> or a signed link
/// (Liquid: <c>{{ "setuju" | signal_url }}</c>). Input: <c>signal</c> plus what the sender passed.
/// </summary>
public sealed class SignalEvent : WorkflowEvent
{
    public const string SignalNameProperty = "signalName";

    public override string Name => WorkflowEventNames.Signal;

    public override string DisplayText => "Sinyal";

    public override IReadOnlyList<ActivityPropertyDescriptor> Properties => [new(SignalNameProperty, "Nama sinyal", Required: true)];

    public override ValueTask<bool> CanHandleAsync(ActivityContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(string.Equals(context.Input["signal"]?.ToString(), context.GetString(SignalNameProperty), StringComparison.Ordinal));
}
