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

    public bool Anonymised { get; set; }
}
