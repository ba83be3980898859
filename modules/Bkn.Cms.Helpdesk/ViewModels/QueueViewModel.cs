using Bkn.Cms.Helpdesk.Models;

namespace Bkn.Cms.Helpdesk.ViewModels;

/// <summary>The operator queue page.</summary>
public sealed record QueueViewModel(
    QueueFilter Filter,
    IReadOnlyList<HelpdeskTicket> Tickets,
    long? Next,
    IReadOnlyDictionary<TicketStatus, long> Counts,
    long MineOpen,
    IReadOnlyList<HelpdeskTeam> Teams,
    IReadOnlyDictionary<string, string> CategoryNames,
    bool CanSupervise,
    bool CanSearchNik,
    DateTime NowUtc,
    string? Message,
    string? Error);
