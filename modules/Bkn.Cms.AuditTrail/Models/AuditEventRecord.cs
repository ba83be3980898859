namespace Bkn.Cms.AuditTrail.Models;

/// <summary>One stored audit event.</summary>
public sealed class AuditEventRecord
{
    public long Id { get; set; }

    public DateTime OccurredUtc { get; set; }

    public string Category { get; set; } = "";

    public string Name { get; set; } = "";

    public string Summary { get; set; } = "";

    public string? UserId { get; set; }

    public string? UserName { get; set; }

    public Guid? UnitId { get; set; }

    public string? ContentItemId { get; set; }

    public string? ContentType { get; set; }

    public string? PreviousVersionId { get; set; }

    public string? VersionId { get; set; }
}
