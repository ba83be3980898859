namespace Bkn.Cms.Workflows;

/// <summary>What an activity asks the runtime to do next.</summary>
public sealed class ActivityResult
{
    private ActivityResult(IReadOnlyList<string> outcomes, bool halted, DateTime? dueUtc)
    {
        OutcomeNames = outcomes;
        Halted = halted;
        DueUtc = dueUtc;
    }

    public IReadOnlyList<string> OutcomeNames { get; }

    /// <summary>The instance blocks on this activity until its event occurs.</summary>
    public bool Halted { get; }

    /// <summary>For timers: when the blocked activity is due (UTC).</summary>
    public DateTime? DueUtc { get; }

    /// <summary>Continue through the transitions of these outcomes.</summary>
    public static ActivityResult Outcomes(params string[] outcomes) => new(outcomes, false, null);

    public static ActivityResult Done() => Outcomes(WorkflowOutcomes.Done);

    /// <summary>Block here until the event occurs.</summary>
    public static ActivityResult Halt() => new([], true, null);

    /// <summary>Block here until <paramref name="dueUtc"/>: a durable timer fires once and resumes the instance.</summary>
    public static ActivityResult HaltUntil(DateTime dueUtc) => new([], true, DateTime.SpecifyKind(dueUtc, DateTimeKind.Utc));

    /// <summary>End this branch without an outcome (e.g. a join still waiting for other branches).</summary>
    public static ActivityResult Noop() => new([], false, null);
}
