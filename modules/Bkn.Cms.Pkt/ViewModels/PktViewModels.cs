using Bkn.Cms.Pkt.Models;
using Bkn.Cms.Pkt.Services;

namespace Bkn.Cms.Pkt.ViewModels;

public sealed record PktKioskViewModel(IReadOnlyList<PktCounter> Counters, IReadOnlyList<PktService> Services, IReadOnlyList<string> Hours, string? ClosedMessage, string? Error, string? Nip, string? Phone, bool Priority);

public sealed record PktTicketViewModel(PktTicket Ticket, PktCounter Counter, PktService Service, int Position, PktWaitRange Estimate, bool SurveyDone, string StatusUrl, string SurveyUrl, bool Print, PktTicket? MovedTo, string? HelpdeskStatusPath = null);

public sealed record PktDeskState(string Desk, string Counter, string? Number, string Status, bool Staffed);

public sealed record PktDisplayData(IReadOnlyList<PktDeskState> Desks, IReadOnlyList<PktCallMessage> LastCalls, IReadOnlyList<string> News, IReadOnlyList<string> Hours, IReadOnlyDictionary<string, int> Waiting);

public sealed record PktSurveyViewModel(PktTicket Ticket, string Code, PktService Service, bool Done, string? Error, string? Message, IReadOnlyList<int?> Values);

public sealed record PktConsoleViewModel(
    IReadOnlyList<PktCounter> Counters,
    IReadOnlyList<PktDesk> Desks,
    PktDesk? MyDesk,
    PktTicket? Current,
    IReadOnlyList<PktService> CounterServices,
    IReadOnlyList<PktService> AllServices,
    IReadOnlyList<PktTicket> Waiting,
    IReadOnlyList<PktTicket> Recent,
    bool CanManage,
    int RecallLimit,
    string? Message,
    string? Error)
{
    /// <summary>Records other modules hold for the current visitor's NIP (KP/pension dossiers …), empty without one.</summary>
    public IReadOnlyList<Bkn.Cms.Pkt.PktCaseLink> CaseLinks { get; init; } = [];

    /// <summary>The helpdesk categories a case can open a ticket in; empty when the helpdesk is off for the desk's unit.</summary>
    public IReadOnlyList<Bkn.Cms.Pkt.PktHelpdeskCategory> HelpdeskCategories { get; init; } = [];

    /// <summary>Why no helpdesk ticket can be opened here (the helpdesk feature is off for the unit), else null.</summary>
    public string? HelpdeskOff { get; init; }
}

public sealed record PktReportViewModel(string Month, PktMonthReport Report);

public sealed record PktAppointmentViewModel(IReadOnlyList<PktService> Services, string? ServiceId, DateOnly? Date, IReadOnlyList<(TimeOnly Start, int Left)> Slots, string? Error, PktAppointment? Booked);
