using Bkn.Cms.Helpdesk.Models;

namespace Bkn.Cms.Helpdesk.ViewModels;

/// <summary>What the applicant sees of a ticket: stage, public thread, what they may do next.</summary>
public sealed record PublicTicketView(
    string Number,
    string CategoryName,
    TicketStatus Status,
    DateTime CreatedUtc,
    DateTime? DueUtc,
    IReadOnlyList<HelpdeskMessage> Thread,
    string AccessToken,
    bool CanReply,
    bool CanReopen,
    bool CanRate,
    int? Rating,
    int ReopenDays);
