namespace Bkn.Cms.Helpdesk.Models;

/// <summary>A problem category: its public form, the team it is routed to and its SLA.</summary>
public sealed class HelpdeskCategory
{
    /// <summary>Stable code used in URLs, e.g. "lupa-password".</summary>
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public HelpdeskFormKind Form { get; set; }

    /// <summary>Routing: new tickets of the category go to this team.</summary>
    public string TeamId { get; set; } = "";

    /// <summary>Hours (working hours when the calendar is on) until the answer is due; 48 = 2×24 hours.</summary>
    public int SlaHours { get; set; } = 48;

    public int SortOrder { get; set; }

    public bool Active { get; set; } = true;
}
