using Bkn.Cms.Helpdesk.Models;

namespace Bkn.Cms.Helpdesk.Services;

/// <summary>
/// A validated submission on its way to the intake writer: everything its ticket needs, worked out in the request
/// (validation, captcha signature, keyed NIK hash, scans already in the private store). The writer only adds rows.
/// </summary>
public sealed record IntakeDraft(
    HelpdeskCategory Category,
    TicketPart Part,
    HelpdeskTeam? Team,
    IReadOnlyList<StoredScan> Scans,
    string NikHash,
    string CaptchaNonce,
    DateTime CaptchaExpiresUtc,
    string SubmissionKey,
    DateTime CreatedUtc,
    int Year)
{
    /// <summary>Who wrote the first message: the applicant on the public form, or the staff member who wrote it down.</summary>
    public string AuthorName { get; init; } = "Pelamar";

    /// <summary>A draft written by staff (PKT counter): no captcha was answered, no nonce to mark as used.</summary>
    public bool ByStaff { get; init; }
}

/// <summary>A scan written to the private store for a ticket that is still being written (deleted if the ticket is not).</summary>
public sealed record StoredScan(string Kind, string ContentType, int Size, string Path);
