using System.Text.Json.Nodes;

namespace Bkn.Cms.Workflows.Activities;

/// <summary>
/// Runs the "Iterate" branch once per item of a script's array (the current item in <c>properties.NAME</c>), then "Done".
/// Connect the end of the "Iterate" branch back to this activity.
/// </summary>
public sealed class ForEachTask(IWorkflowExpressionEvaluator expressions) : WorkflowTask
{
    public override string Name => "ForEachTask";

    public override string DisplayText => "Untuk setiap";

    public override string Category => "Kendali";

    public override IReadOnlyList<ActivityPropertyDescriptor> Properties =>
        [new("items", "Daftar (JavaScript)", ActivityPropertyKind.Script, "Ekspresi yang menghasilkan array.", Required: true), new("variable", "Nama variabel butir", Hint: "Default: item")];

    public override IEnumerable<string> GetOutcomes(ActivityDefinition activity) => [WorkflowOutcomes.Iterate, WorkflowOutcomes.Done];

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var key = "__foreach:" + context.Activity.Id;
        var variable = string.IsNullOrWhiteSpace(context.GetString("variable")) ? "item" : context.GetString("variable")!;
        if (context.Properties[key] is not JsonObject loop)
        {
            var items = await expressions.EvaluateScriptAsync(context.GetString("items") ?? "[]", context, cancellationToken) as JsonArray
                ?? throw new WorkflowException("Daftar untuk perulangan bukan array.");
            loop = new JsonObject { ["items"] = items.DeepClone(), ["index"] = 0 };
            context.Properties[key] = loop;
        }

        var list = (JsonArray)loop["items"]!;
        var index = loop["index"]!.GetValue<int>();
        if (index >= list.Count)
        {
            context.Properties.Remove(key);
            context.Properties.Remove(variable);
            return ActivityResult.Done();
        }

        context.Properties[variable] = list[index]?.DeepClone();
        loop["index"] = index + 1;
        return ActivityResult.Outcomes(WorkflowOutcomes.Iterate);
    }
}
