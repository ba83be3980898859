using Bkn.Cms.Helpdesk.Models;
using Bkn.Cms.Helpdesk.Services;
using Bkn.Cms.Workflows;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Helpdesk.Activities;

/// <summary>Routes a ticket to the team its category names (Pengaturan Helpdesk) and restarts its clock with the category's SLA.</summary>
public sealed class RouteHelpdeskTicketTask(DbContext db, TicketService tickets, HelpdeskCatalog catalog, HelpdeskSettings settings) : HelpdeskWorkflowTask(db)
{
    public override string Name => "RouteHelpdeskTicketTask";

    public override string DisplayText => "Rutekan tiket helpdesk menurut kategori";

    protected override async Task<string?> RunAsync(long ticketId, ActivityContext context, CancellationToken cancellationToken)
    {
        string? note = null;
        await tickets.ChangeAsync(ticketId, Actor(context), async ticket =>
        {
            var category = await catalog.CategoryAsync(Db, ticket.CategoryId, cancellationToken)
                ?? throw new HelpdeskException($"Kategori '{ticket.CategoryId}' tidak ditemukan.");
            var team = await catalog.TeamAsync(Db, category.TeamId, cancellationToken);
            if (team is not null && team.Id != ticket.TeamId)
            {
                await HelpdeskSql.MoveCountAsync(Db, ticket.TeamId, ticket.Status, team.Id, ticket.Status, cancellationToken);
                ticket.TeamId = team.Id;
                ticket.UnitId = team.UnitId ?? ticket.UnitId;
            }

            if (TicketStatuses.Running.Contains(ticket.Status))
            {
                SlaPolicy.Start(ticket, ticket.CreatedUtc, category.SlaHours, settings.Calendar);
            }

            note = $"Dirutekan ke {team?.Name ?? category.TeamId}; batas waktu {category.SlaHours} jam.";
            tickets.AddMessage(ticket, MessageKind.System, Actor(context), note);
        }, cancellationToken);
        return note;
    }
}
