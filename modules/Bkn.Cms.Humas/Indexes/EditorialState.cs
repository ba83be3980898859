namespace Bkn.Cms.Humas.Indexes;

/// <summary>Editorial state of an item (not of a version): where it is in the workflow, who reviews it, and a withdrawal.</summary>
public sealed class EditorialState
{
    public string ContentItemId { get; set; } = "";

    public string ContentType { get; set; } = "";

    public string Status { get; set; } = EditorialStatus.Draft;

    public string? SubmittedBy { get; set; }

    public DateTime? SubmittedUtc { get; set; }

    public string? ReviewedBy { get; set; }

    /// <summary>The last "request changes" note, shown to the writer.</summary>
    public string? ReviewNote { get; set; }

    /// <summary>The version the reviewer approved: only that version may be published (now or at its schedule).</summary>
    public string? ApprovedVersionId { get; set; }

    /// <summary>Change note to add when the approved version is published (a major update); null for a silent one.</summary>
    public string? PendingChangeNote { get; set; }

    public string? WithdrawnReason { get; set; }

    public DateTime? WithdrawnUtc { get; set; }

    public DateTime ModifiedUtc { get; set; }

    public long RowVersion { get; set; }
}
