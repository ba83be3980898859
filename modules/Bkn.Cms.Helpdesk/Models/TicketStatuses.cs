namespace Bkn.Cms.Helpdesk.Models;

/// <summary>Labels and groupings of <see cref="TicketStatus"/>.</summary>
public static class TicketStatuses
{
    public static readonly IReadOnlyList<TicketStatus> All = Enum.GetValues<TicketStatus>();

    /// <summary>Statuses in which the SLA clock runs.</summary>
    public static readonly IReadOnlyList<TicketStatus> Running = [TicketStatus.Baru, TicketStatus.Diterima, TicketStatus.Diproses];

    /// <summary>Statuses of tickets still waiting for the helpdesk or the applicant.</summary>
    public static readonly IReadOnlyList<TicketStatus> Open = [TicketStatus.Baru, TicketStatus.Diterima, TicketStatus.Diproses, TicketStatus.MenungguPelamar];

    public static string Label(TicketStatus status) => status switch
    {
        TicketStatus.Baru => "Baru",
        TicketStatus.Diterima => "Diterima",
        TicketStatus.Diproses => "Diproses",
        TicketStatus.MenungguPelamar => "Menunggu Pelamar",
        TicketStatus.Dijawab => "Dijawab",
        _ => "Ditutup",
    };

    public static string Slug(TicketStatus status) => status switch
    {
        TicketStatus.Baru => "baru",
        TicketStatus.Diterima => "diterima",
        TicketStatus.Diproses => "diproses",
        TicketStatus.MenungguPelamar => "menunggu-pelamar",
        TicketStatus.Dijawab => "dijawab",
        _ => "ditutup",
    };

    public static TicketStatus? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        foreach (var status in All)
        {
            if (string.Equals(Slug(status), value, StringComparison.OrdinalIgnoreCase)
                || string.Equals(status.ToString(), value, StringComparison.OrdinalIgnoreCase)
                || string.Equals(Label(status), value, StringComparison.OrdinalIgnoreCase))
            {
                return status;
            }
        }

        return int.TryParse(value, out var n) && Enum.IsDefined((TicketStatus)n) ? (TicketStatus)n : null;
    }

    /// <summary>The applicant's stage: Pertanyaan → Diterima → Proses → Jawaban (index 0–3).</summary>
    public static int PublicStage(TicketStatus status) => status switch
    {
        TicketStatus.Baru => 0,
        TicketStatus.Diterima => 1,
        TicketStatus.Diproses or TicketStatus.MenungguPelamar => 2,
        _ => 3,
    };
}
