using System.Text.Json.Nodes;

namespace Bkn.Cms.Workflows.Activities;

/// <summary>Waits until all incoming branches (or any one) arrived, then continues once with "Done".</summary>
public sealed class JoinTask : WorkflowTask
{
    public override string Name => "JoinTask";

    public override string DisplayText => "Gabung (join)";

    public override string Category => "Kendali";

    public override IReadOnlyList<ActivityPropertyDescriptor> Properties =>
        [new("mode", "Mode", ActivityPropertyKind.Select, "WaitAll: semua cabang; WaitAny: cabang pertama.") { Options = ["WaitAll", "WaitAny"] }];

    public override Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var key = "__join:" + context.Activity.Id;
        if (context.Properties[key] is not JsonArray arrived)
        {
            arrived = [];
            context.Properties[key] = arrived;
        }

        if (arrived.Any(a => a?.ToString() == "done"))
        {
            // WaitAny already continued: later branches end here.
            return Task.FromResult(ActivityResult.Noop());
        }

        if (context.SourceActivityId is { } source && !arrived.Any(a => a?.ToString() == source))
        {
            arrived.Add(source);
        }

        var incoming = context.Workflow.Transitions.Where(t => t.Destination == context.Activity.Id).Select(t => t.Source).Distinct().Count();
        var waitAny = context.GetString("mode") == "WaitAny";
        if (waitAny || arrived.Count >= incoming)
        {
            // WaitAll resets for a later pass (e.g. in a loop); WaitAny remembers that it continued.
            context.Properties.Remove(key);
            if (waitAny)
            {
                context.Properties[key] = new JsonArray("done");
            }

            return Task.FromResult(ActivityResult.Done());
        }

        return Task.FromResult(ActivityResult.Noop());
    }
}
