namespace Bkn.Cms.Helpdesk.Models;

/// <summary>A scan (KTP, KK) kept in private storage, never under the public media path.</summary>
public sealed class HelpdeskAttachment
{
    public Guid Id { get; set; }

    public long TicketId { get; set; }

    /// <summary>"ktp" or "kk".</summary>
    public string Kind { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long Size { get; set; }

    /// <summary>Path inside the private store.</summary>
    public string StoragePath { get; set; } = "";

    public DateTime CreatedUtc { get; set; }
}
