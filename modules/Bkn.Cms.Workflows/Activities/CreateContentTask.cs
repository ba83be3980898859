using System.Text.Json.Nodes;
using Bkn.Cms.ContentManagement;

namespace Bkn.Cms.Workflows.Activities;

/// <summary>Creates a content item (draft or published); its id becomes <c>lastResult</c> and, if asked, the correlation id.</summary>
public sealed class CreateContentTask(IWorkflowExpressionEvaluator expressions, IContentManager content) : ContentTaskBase(expressions)
{
    public override string Name => "CreateContentTask";

    public override string DisplayText => "Buat konten";

    public override IReadOnlyList<ActivityPropertyDescriptor> Properties =>
    [
        new("contentType", "Tipe konten", Required: true),
        new("title", "Judul (Liquid)", ActivityPropertyKind.Liquid, Required: true),
        new("parts", "Bagian (JavaScript)", ActivityPropertyKind.Script, "Objek bagian, mis. ({ BodyPart: { Body: 'Isi' } })."),
        new("publish", "Langsung terbitkan", ActivityPropertyKind.Boolean),
        new("correlate", "Jadikan correlationId", ActivityPropertyKind.Boolean),
    ];

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var item = content.New(context.GetString("contentType")!);
        var title = await Expressions.RenderLiquidAsync(context.GetString("title") ?? "", context, html: false, cancellationToken);
        item.DisplayText = title;
        if (item.Content["TitlePart"] is JsonObject titlePart)
        {
            titlePart["Title"] = title;
        }

        await UpdateContentTask.ApplyPartsAsync(Expressions, context, item, cancellationToken);
        var created = await content.CreateAsync(item, context.Activity.GetBoolean("publish"), cancellationToken);
        context.LastResult = created.ContentItemId;
        if (context.Activity.GetBoolean("correlate"))
        {
            context.CorrelationId = created.ContentItemId;
        }

        return ActivityResult.Done();
    }
}
