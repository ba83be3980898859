using Bkn.Cms.Helpdesk.Services;
using Bkn.Cms.Workflows;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Helpdesk.Activities;

/// <summary>Adds an internal note (never shown to the applicant) to the ticket's thread.</summary>
public sealed class AddHelpdeskTicketNoteTask(DbContext db, TicketService tickets, IWorkflowExpressionEvaluator expressions) : HelpdeskWorkflowTask(db)
{
    public override string Name => "AddHelpdeskTicketNoteTask";

    public override string DisplayText => "Tambah catatan internal tiket helpdesk";

    public override IReadOnlyList<ActivityPropertyDescriptor> Properties =>
    [
        new("text", "Catatan (Liquid)", ActivityPropertyKind.Liquid, Required: true),
    ];

    protected override async Task<string?> RunAsync(long ticketId, ActivityContext context, CancellationToken cancellationToken)
    {
        var text = await expressions.RenderLiquidAsync(context.GetString("text") ?? "", context, html: false, cancellationToken);
        await tickets.AddNoteAsync(ticketId, text, Actor(context), cancellationToken);
        return null;
    }
}
