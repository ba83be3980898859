using Bkn.Cms.Helpdesk.Models;

namespace Bkn.Cms.Helpdesk.ViewModels;

/// <summary>One ticket in the operator workspace.</summary>
public sealed record TicketDetailViewModel(
    HelpdeskTicket Ticket,
    TicketPart Part,
    string CategoryName,
    IReadOnlyList<HelpdeskMessage> Thread,
    IReadOnlyList<HelpdeskAttachment> Attachments,
    IReadOnlyList<HelpdeskCannedAnswer> CannedAnswers,
    IReadOnlyList<HelpdeskTicket> Duplicates,
    IReadOnlyList<HelpdeskTeam> Teams,
    bool Revealed,
    bool CanReveal,
    bool CanViewScans,
    bool CanSupervise,
    string? CurrentUserId,
    DateTime NowUtc,
    string? Message,
    string? Error);
