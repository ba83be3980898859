namespace Bkn.Cms.Audit;

/// <summary>
/// Something that happened and must be traceable: who, when, what, in which unit, and for content the old and new
/// version. <see cref="Name"/> is a stable event code (e.g. "content.published"); <see cref="Summary"/> is shown to people.
/// </summary>
public sealed record AuditEvent(string Category, string Name, string Summary)
{
    public string? UserId { get; init; }

    public string? UserName { get; init; }

    public Guid? UnitId { get; init; }

    public string? ContentItemId { get; init; }

    public string? ContentType { get; init; }

    public string? PreviousVersionId { get; init; }

    public string? VersionId { get; init; }
}
