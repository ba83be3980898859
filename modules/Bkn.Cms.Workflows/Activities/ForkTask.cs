namespace Bkn.Cms.Workflows.Activities;

/// <summary>Continues on every branch at once; pair with a join.</summary>
public sealed class ForkTask : WorkflowTask
{
    public override string Name => "ForkTask";

    public override string DisplayText => "Cabang (fork)";

    public override string Category => "Kendali";

    public override IReadOnlyList<ActivityPropertyDescriptor> Properties => [new("branches", "Cabang", ActivityPropertyKind.List, "Nama cabang, pisahkan dengan koma.", Required: true)];

    public override IEnumerable<string> GetOutcomes(ActivityDefinition activity) => activity.GetList("branches");

    public override Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken) =>
        Task.FromResult(ActivityResult.Outcomes([.. context.Activity.GetList("branches")]));
}
