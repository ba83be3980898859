namespace Bkn.Cms.Helpdesk.Models;

/// <summary>Where a ticket stands. Stored as its number: keep the values.</summary>
public enum TicketStatus
{
    Baru = 0,
    Diterima = 1,
    Diproses = 2,
    MenungguPelamar = 3,
    Dijawab = 4,
    Ditutup = 5,
}
