namespace Bkn.Cms.Helpdesk.Models;

/// <summary>Tickets per team and status, kept in step with every status change so counts never scan the tickets.</summary>
public sealed class HelpdeskQueueCount
{
    public string TeamId { get; set; } = "";

    public TicketStatus Status { get; set; }

    public long Count { get; set; }
}
