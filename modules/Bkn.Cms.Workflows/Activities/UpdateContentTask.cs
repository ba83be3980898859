using System.Text.Json.Nodes;
using Bkn.Cms.ContentManagement;

namespace Bkn.Cms.Workflows.Activities;

/// <summary>Merges parts computed by a script into the latest version of a content item (a new draft version when versioned).</summary>
public sealed class UpdateContentTask(IWorkflowExpressionEvaluator expressions, IContentManager content) : ContentTaskBase(expressions)
{
    public override string Name => "UpdateContentTask";

    public override string DisplayText => "Ubah konten";

    public override IReadOnlyList<ActivityPropertyDescriptor> Properties =>
        [ContentItemIdProperty, new("parts", "Bagian (JavaScript)", ActivityPropertyKind.Script, "Objek bagian yang digabungkan, mis. ({ TitlePart: { Title: 'Baru' } }).", Required: true)];

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var id = await ContentItemIdAsync(context, cancellationToken);
        var item = await content.GetAsync(id, VersionOptions.Latest, cancellationToken) ?? throw new WorkflowException($"Konten '{id}' tidak ditemukan.");
        await ApplyPartsAsync(Expressions, context, item, cancellationToken);
        await content.UpdateAsync(item, cancellationToken);
        return ActivityResult.Done();
    }

    internal static async Task ApplyPartsAsync(IWorkflowExpressionEvaluator expressions, ActivityContext context, ContentItem item, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(context.GetString("parts")))
        {
            return;
        }

        if (await expressions.EvaluateScriptAsync(context.GetString("parts")!, context, cancellationToken) is not JsonObject parts)
        {
            throw new WorkflowException("Skrip bagian harus menghasilkan objek.");
        }

        foreach (var (name, value) in parts.ToList())
        {
            parts.Remove(name);
            if (value is JsonObject source && item.Content[name] is JsonObject target)
            {
                foreach (var (field, fieldValue) in source.ToList())
                {
                    source.Remove(field);
                    target[field] = fieldValue;
                }
            }
            else
            {
                item.Content[name] = value;
            }
        }

        if (item.Content["TitlePart"]?["Title"]?.GetValue<string>() is { Length: > 0 } title)
        {
            item.DisplayText = title;
        }
    }
}
