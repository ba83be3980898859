namespace Bkn.Cms.Pkt.Models;

/// <summary>A counter (loket) of the single window: A–F, named after the public "Layanan" item of the same letter.</summary>
public sealed class PktCounter
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>The Layanan content item the name and requirements were taken from, when it exists.</summary>
    public string? LayananContentItemId { get; set; }

    /// <summary>The unit whose staff serve this counter (unit-scoped permissions are checked against it).</summary>
    public Guid? UnitId { get; set; }

    /// <summary>A closed counter takes no new tickets and no transfers.</summary>
    public bool IsOpen { get; set; } = true;

    public int Order { get; set; }
}

/// <summary>A service offered at a counter, with the documents a visitor brings (one per line).</summary>
public sealed class PktService
{
    public string Id { get; set; } = "";

    public string CounterCode { get; set; } = "";

    public string Name { get; set; } = "";

    public string Requirements { get; set; } = "";

    public int Order { get; set; }

    /// <summary>
    /// The documents to check, one per line. A Layanan item groups its documents under headings ("Pensiun Reguler:"):
    /// headings are not documents, and a document listed under two headings is checked once.
    /// </summary>
    public IReadOnlyList<string> RequirementList() =>
        [.. Requirements.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => !line.EndsWith(':'))
            .Distinct(StringComparer.OrdinalIgnoreCase)];
}

/// <summary>A desk (meja loket) such as A1; the staff member signed in at it, if any.</summary>
public sealed class PktDesk
{
    public string Code { get; set; } = "";

    public string CounterCode { get; set; } = "";

    public int Number { get; set; }

    public string? StaffUserName { get; set; }

    public DateTime? SignedInUtc { get; set; }
}

/// <summary>A public holiday or collective leave day on which the single window is closed.</summary>
public sealed class PktHoliday
{
    public DateOnly Date { get; set; }

    public string Name { get; set; } = "";
}

public enum PktTicketStatus
{
    Waiting = 0,
    Called = 1,
    Serving = 2,
    Done = 3,
    NoShow = 4,
    Transferred = 5,
}

public enum PktOutcome
{
    None = 0,
    Selesai = 1,
    Ditindaklanjuti = 2,
    Dirujuk = 3,
}

/// <summary>A queue ticket: numbered per counter and day, reached by the visitor through a private code.</summary>
public sealed class PktTicket
{
    public long Id { get; set; }

    /// <summary>Private, unguessable code of the visitor's status page and survey.</summary>
    public string Code { get; set; } = "";

    public string CounterCode { get; set; } = "";

    public string ServiceId { get; set; } = "";

    /// <summary>The service day in site time (WIB).</summary>
    public DateOnly Day { get; set; }

    public int Sequence { get; set; }

    public string Number { get; set; } = "";

    public PktTicketStatus Status { get; set; }

    public bool Priority { get; set; }

    public long? AppointmentId { get; set; }

    /// <summary>Start of the booked slot (UTC) for a checked-in appointment: the ticket is called in it.</summary>
    public DateTime? SlotStartUtc { get; set; }

    public DateTime IssuedUtc { get; set; }

    /// <summary>Queue position key: the issue time, moved to the end when the desk skips the visitor.</summary>
    public DateTime QueueUtc { get; set; }

    public DateTime? CalledUtc { get; set; }

    public DateTime? StartedUtc { get; set; }

    public DateTime? FinishedUtc { get; set; }

    public string? DeskCode { get; set; }

    public string? StaffUserName { get; set; }

    public int Recalls { get; set; }

    public string? Nip { get; set; }

    public string? Phone { get; set; }

    public long? TransferredFromId { get; set; }

    public string? TransferNote { get; set; }

    /// <summary>The wait shown to the visitor when the ticket was issued (minutes), to measure the prediction.</summary>
    public int? EstimateLowMinutes { get; set; }

    public int? EstimateHighMinutes { get; set; }

    public PktOutcome Outcome { get; set; }

    /// <summary>Documents received, one per line (from the service's requirements).</summary>
    public string? DocumentsReceived { get; set; }

    public string? CaseNotes { get; set; }

    /// <summary>The helpdesk ticket opened from this case for the visitor's question (its number), if any.</summary>
    public string? HelpdeskTicketNumber { get; set; }

    /// <summary>The helpdesk ticket's page in the helpdesk workspace.</summary>
    public string? HelpdeskTicketUrl { get; set; }
}

/// <summary>One SKM answer (nine elements on the 1–4 scale) for one ticket.</summary>
public sealed class PktSurvey
{
    public long Id { get; set; }

    public long TicketId { get; set; }

    public string CounterCode { get; set; } = "";

    public string ServiceId { get; set; } = "";

    public DateTime SubmittedUtc { get; set; }

    /// <summary>"YYYY-MM" in site time.</summary>
    public string Month { get; set; } = "";

    public int U1 { get; set; }

    public int U2 { get; set; }

    public int U3 { get; set; }

    public int U4 { get; set; }

    public int U5 { get; set; }

    public int U6 { get; set; }

    public int U7 { get; set; }

    public int U8 { get; set; }

    public int U9 { get; set; }

    public int[] Values() => [U1, U2, U3, U4, U5, U6, U7, U8, U9];
}

public enum PktAppointmentStatus
{
    Booked = 0,
    CheckedIn = 1,
    Cancelled = 2,
}

/// <summary>An online booking of a slot for a service on a date.</summary>
public sealed class PktAppointment
{
    public long Id { get; set; }

    public string Code { get; set; } = "";

    public string ServiceId { get; set; } = "";

    public DateOnly Date { get; set; }

    /// <summary>Slot start in site time.</summary>
    public TimeOnly SlotStart { get; set; }

    public PktAppointmentStatus Status { get; set; }

    public string? Nip { get; set; }

    public string? Phone { get; set; }

    public long? TicketId { get; set; }

    public DateTime CreatedUtc { get; set; }
}
