using Bkn.Cms.ContentManagement;

namespace Bkn.Cms.Helpdesk.Models;

/// <summary>The applicant's submission, stored in the HelpdeskTicket content item. Working state lives in <see cref="HelpdeskTicket"/>.</summary>
public sealed class TicketPart : ContentPart
{
    public string Number { get; set; } = "";

    public string CategoryId { get; set; } = "";

    public string? Nik { get; set; }

    public string? NomorKk { get; set; }

    public string? Nama { get; set; }

    public string? TempatLahir { get; set; }

    public DateOnly? TanggalLahir { get; set; }

    public string? PertanyaanPengaman { get; set; }

    public string? JawabanPengaman { get; set; }

    public string? JenisPermasalahan { get; set; }

    public string? Instansi { get; set; }

    public string? Pertanyaan { get; set; }

    public string? Email { get; set; }

    /// <summary>Where the question came in: null for the public form, <see cref="TicketChannels.Pkt"/> for a PKT counter.</summary>
    public string? Kanal { get; set; }

    /// <summary>The PKT case the ticket was opened from (queue number, day and desk), for a ticket of the PKT channel.</summary>
    public string? KasusPkt { get; set; }

    /// <summary>The visitor's NIP, when given at the PKT counter.</summary>
    public string? Nip { get; set; }

    /// <summary>The visitor's phone number, when given at the PKT counter.</summary>
    public string? Telepon { get; set; }

    public bool Anonymised { get; set; }
}

/// <summary>The channels a ticket can come in by, besides the public form.</summary>
public static class TicketChannels
{
    /// <summary>Opened by PKT counter staff for a walk-in visitor's question.</summary>
    public const string Pkt = "PKT";

    public static string Label(string? channel) => channel == Pkt ? "Loket PKT" : "Formulir publik";
}
