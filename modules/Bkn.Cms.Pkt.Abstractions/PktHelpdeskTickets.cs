namespace Bkn.Cms.Pkt;

/// <summary>A helpdesk category a PKT case can be filed under; <paramref name="Name"/> is Indonesian UI text.</summary>
public sealed record PktHelpdeskCategory(string Id, string Name);

/// <summary>
/// A visitor's question, written down by PKT counter staff, to become a helpdesk ticket.
/// <paramref name="CaseKey"/> identifies the PKT case (one ticket per case: opening again returns the first ticket);
/// <paramref name="CaseNumber"/> is the queue number shown to people; <paramref name="Nip"/> and
/// <paramref name="Phone"/> are null unless the visitor gave them; <paramref name="StaffName"/> is the user name of the
/// staff member at <paramref name="DeskCode"/>.
/// </summary>
public sealed record PktHelpdeskRequest(
    string CaseKey,
    string CaseNumber,
    DateOnly CaseDay,
    string CategoryId,
    string Question,
    string? Nip,
    string? Phone,
    string DeskCode,
    string StaffName);

/// <summary>
/// The answer to <see cref="IPktHelpdeskTickets.OpenAsync"/>: the ticket's number and its page in the helpdesk
/// workspace, or an Indonesian <paramref name="Error"/> (unknown or inactive category …) and nothing written.
/// </summary>
public sealed record PktHelpdeskResult(string? Number, string? Url, string? Error)
{
    public bool Succeeded => Error is null;
}

/// <summary>
/// Implemented by the helpdesk module (registered scoped in its Startup): opens a helpdesk ticket for a question a
/// visitor asked at a PKT counter, through the helpdesk's own intake, so the ticket gets its number, routing, SLA and
/// notifications like any other, marked as coming from the PKT channel. The PKT counter console offers it only when an
/// implementation is registered and its feature is on for the counter's unit.
/// </summary>
public interface IPktHelpdeskTickets
{
    /// <summary>The maximum length of the question text.</summary>
    const int QuestionMaxLength = 2000;

    /// <summary>The active categories, in the helpdesk's order.</summary>
    Task<IReadOnlyList<PktHelpdeskCategory>> CategoriesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Writes the ticket with the caller's database context; when the caller has begun a transaction it joins it (the
    /// caller commits, so the PKT case and the ticket are saved together or not at all).
    /// </summary>
    Task<PktHelpdeskResult> OpenAsync(PktHelpdeskRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// The visitor's own page of the ticket <paramref name="number"/> (site-relative, with the private key the helpdesk
    /// puts in its e-mails, so it opens without the NIK), shown on the visitor's PKT ticket page, which is itself private.
    /// </summary>
    Task<string> VisitorStatusPathAsync(string number, CancellationToken cancellationToken);
}
