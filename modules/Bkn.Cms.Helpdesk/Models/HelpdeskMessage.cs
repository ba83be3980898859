namespace Bkn.Cms.Helpdesk.Models;

/// <summary>One entry of a ticket's thread.</summary>
public sealed class HelpdeskMessage
{
    public long Id { get; set; }

    public long TicketId { get; set; }

    public MessageKind Kind { get; set; }

    public string? AuthorId { get; set; }

    public string AuthorName { get; set; } = "";

    public string Body { get; set; } = "";

    public DateTime CreatedUtc { get; set; }
}
