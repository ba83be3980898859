using Bkn.Cms.Data;
using Bkn.Cms.Notifications;
using Bkn.Cms.Workflows;
using Microsoft.AspNetCore.Identity;

namespace Bkn.Cms.Humas.Activities;

/// <summary>
/// Sends an in-app notification about an editorial item to its reviewers (every user of a role except the one who
/// acted) or to its writer (who submitted it), linking to the item on the editorial desk.
/// </summary>
public sealed class NotifyEditorialTask(IWorkflowExpressionEvaluator expressions, UserManager<CmsUser> users, IEnumerable<INotificationCenter> centers) : WorkflowTask
{
    public const string TaskName = "NotifyEditorialTask";

    public override string Name => TaskName;

    public override string DisplayText => "Beri tahu redaksi Humas";

    public override string Category => "Humas";

    public override IReadOnlyList<ActivityPropertyDescriptor> Properties =>
    [
        new("recipients", "Penerima", ActivityPropertyKind.Select, Required: true) { Options = ["reviewers", "writer"] },
        new("role", "Peran peninjau", ActivityPropertyKind.Text, "Untuk penerima 'reviewers', misalnya Editor Humas."),
        new("message", "Pesan (Liquid)", ActivityPropertyKind.Liquid, "Misalnya: Naskah menunggu tinjauan: {{ input.displayText }}", Required: true),
    ];

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var center = centers.FirstOrDefault();
        var message = await expressions.RenderLiquidAsync(context.GetString("message") ?? "", context, html: false, cancellationToken);
        var actor = context.Input["actorId"]?.GetValue<string>();
        List<string> recipients;
        if (context.GetString("recipients") == "writer")
        {
            recipients = context.Input["submittedBy"]?.GetValue<string>() is { Length: > 0 } writer ? [writer] : [];
        }
        else
        {
            var role = context.GetString("role") is { Length: > 0 } r ? r : "Editor Humas";
            recipients = [.. (await users.GetUsersInRoleAsync(role)).Where(u => u.IsActive && u.Id != actor).Select(u => u.Id)];
        }

        if (center is not null && recipients.Count > 0)
        {
            await center.NotifyAsync(recipients, message, $"/admin/redaksi/{context.CorrelationId}", cancellationToken);
        }

        context.JournalNote = $"{message} ({recipients.Count} penerima)";
        return ActivityResult.Done();
    }
}
