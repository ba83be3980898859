using Bkn.Cms.Helpdesk.Models;

namespace Bkn.Cms.Helpdesk.Services;

/// <summary>
/// The SLA clock as pure rules on a ticket: it runs in Baru, Diterima and Diproses, pauses in Menunggu Pelamar (keeping
/// the time left), stops at Dijawab, and starts afresh when an answered ticket is reopened.
/// </summary>
public static class SlaPolicy
{
    /// <summary>How a person reads a category's answer time: "2×24 jam" for whole days, else "36 jam".</summary>
    public static string Describe(int slaHours) =>
        slaHours > 0 && slaHours % 24 == 0 ? $"{slaHours / 24}×24 jam" : $"{slaHours} jam";

    public static void Start(HelpdeskTicket ticket, DateTime nowUtc, int slaHours, WorkingCalendar calendar)
    {
        ticket.DueUtc = calendar.Add(nowUtc, TimeSpan.FromHours(slaHours));
        ticket.PausedRemainingSeconds = null;
        ticket.WarnedUtc = null;
        ticket.Overdue = false;
        ticket.EscalatedUtc = null;
        ticket.EscalatedTo = null;
    }

    /// <summary>Applies the clock rules of a status change (the caller sets <see cref="HelpdeskTicket.Status"/>).</summary>
    public static void OnStatusChange(HelpdeskTicket ticket, TicketStatus from, TicketStatus to, DateTime nowUtc, int slaHours, WorkingCalendar calendar)
    {
        var wasRunning = TicketStatuses.Running.Contains(from);
        var running = TicketStatuses.Running.Contains(to);
        if (wasRunning && to == TicketStatus.MenungguPelamar)
        {
            ticket.PausedRemainingSeconds = ticket.DueUtc is { } due ? (long)calendar.Between(nowUtc, due).TotalSeconds : 0;
            ticket.DueUtc = null;
        }
        else if (from == TicketStatus.MenungguPelamar && running)
        {
            ticket.DueUtc = calendar.Add(nowUtc, TimeSpan.FromSeconds(ticket.PausedRemainingSeconds ?? (long)TimeSpan.FromHours(slaHours).TotalSeconds));
            ticket.PausedRemainingSeconds = null;
        }
        else if (from is TicketStatus.Dijawab or TicketStatus.Ditutup && (running || to == TicketStatus.MenungguPelamar))
        {
            Start(ticket, nowUtc, slaHours, calendar);
            ticket.ClosedUtc = null;
            if (to == TicketStatus.MenungguPelamar)
            {
                OnStatusChange(ticket, TicketStatus.Diproses, to, nowUtc, slaHours, calendar);
            }
        }

        if (to == TicketStatus.Dijawab)
        {
            ticket.AnsweredUtc = nowUtc;
        }

        if (to == TicketStatus.Ditutup)
        {
            ticket.ClosedUtc = nowUtc;
        }
    }

    /// <summary>True when the warning before breach is due now.</summary>
    public static bool ShouldWarn(HelpdeskTicket ticket, DateTime nowUtc, TimeSpan warnBefore) =>
        TicketStatuses.Running.Contains(ticket.Status) && ticket.WarnedUtc is null && !ticket.Overdue
        && ticket.DueUtc is { } due && due - warnBefore <= nowUtc && due > nowUtc;

    public static bool IsBreached(HelpdeskTicket ticket, DateTime nowUtc) =>
        TicketStatuses.Running.Contains(ticket.Status) && !ticket.Overdue && ticket.DueUtc is { } due && due <= nowUtc;
}
