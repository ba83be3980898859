using Bkn.Cms.Helpdesk.Models;
using Bkn.Cms.Helpdesk.Services;
using Bkn.Cms.Workflows;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Helpdesk.Activities;

/// <summary>Changes the ticket's status with the SLA rules (Menunggu Pelamar pauses the clock).</summary>
public sealed class ChangeHelpdeskTicketStatusTask(DbContext db, TicketService tickets) : HelpdeskWorkflowTask(db)
{
    public override string Name => "ChangeHelpdeskTicketStatusTask";

    public override string DisplayText => "Ubah status tiket helpdesk";

    public override IReadOnlyList<ActivityPropertyDescriptor> Properties =>
    [
        new("status", "Status baru", ActivityPropertyKind.Select, Required: true) { Options = [.. TicketStatuses.All.Select(TicketStatuses.Slug)] },
    ];

    public override IEnumerable<string> Validate(ActivityDefinition activity) =>
        TicketStatuses.Parse(activity.GetString("status")) is null ? ["Pilih status tiket yang dikenal."] : [];

    protected override async Task<string?> RunAsync(long ticketId, ActivityContext context, CancellationToken cancellationToken)
    {
        var status = TicketStatuses.Parse(context.GetString("status")) ?? throw new HelpdeskException("Status tidak dikenal.");
        await tickets.ChangeStatusAsync(ticketId, status, Actor(context), cancellationToken);
        return $"Status: {TicketStatuses.Label(status)}.";
    }
}
