namespace Bkn.Cms.Helpdesk.Models;

/// <summary>
/// The queue row of a ticket: index for queues and counts, and the ticket's working state (status, assignee, SLA).
/// The applicant's submission itself is the <see cref="TicketPart"/> of the HelpdeskTicket content item.
/// </summary>
public sealed class HelpdeskTicket
{
    public long Id { get; set; }

    /// <summary>Readable number, e.g. HD-2026-000123.</summary>
    public string Number { get; set; } = "";

    public string ContentItemId { get; set; } = "";

    /// <summary>Key of the form instance; a second post of the same form finds this ticket instead of creating another.</summary>
    public string SubmissionKey { get; set; } = "";

    public string CategoryId { get; set; } = "";

    public string TeamId { get; set; } = "";

    public Guid? UnitId { get; set; }

    public TicketStatus Status { get; set; }

    public string? AssigneeId { get; set; }

    public string? AssigneeName { get; set; }

    /// <summary>Keyed hash of the NIK (status check, duplicate detection); never the NIK itself.</summary>
    public string? NikHash { get; set; }

    /// <summary>NIK as shown in lists, e.g. 3201********0001.</summary>
    public string? NikMasked { get; set; }

    public string? ApplicantName { get; set; }

    public string? Email { get; set; }

    /// <summary>A short line for lists (category form summary or the first words of the question).</summary>
    public string Summary { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    public DateTime LastActivityUtc { get; set; }

    public DateTime? FirstResponseUtc { get; set; }

    public DateTime? AnsweredUtc { get; set; }

    public DateTime? ClosedUtc { get; set; }

    /// <summary>When the answer is due; null while the clock is paused or the ticket is answered.</summary>
    public DateTime? DueUtc { get; set; }

    /// <summary>Working time left on the clock when it was paused (Menunggu Pelamar).</summary>
    public long? PausedRemainingSeconds { get; set; }

    public DateTime? WarnedUtc { get; set; }

    public bool Overdue { get; set; }

    public DateTime? EscalatedUtc { get; set; }

    public string? EscalatedTo { get; set; }

    /// <summary>Answer rating 1–4 (SKM scale).</summary>
    public int? Rating { get; set; }

    public int ReopenCount { get; set; }

    /// <summary>Another open ticket with the same NIK and category exists (likely duplicate).</summary>
    public bool DuplicateFlag { get; set; }

    public string? MergedInto { get; set; }

    public DateTime? AnonymisedUtc { get; set; }

    public int AttachmentCount { get; set; }
}
