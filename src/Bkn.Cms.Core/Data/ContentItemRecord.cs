namespace Bkn.Cms.Data;

/// <summary>One version of a content item: the JSON document plus the columns lists filter and sort on.</summary>
public sealed class ContentItemRecord
{
    public long Id { get; set; }

    public string ContentItemId { get; set; } = "";

    public string ContentItemVersionId { get; set; } = "";

    public string ContentType { get; set; } = "";

    public string DisplayText { get; set; } = "";

    public bool Latest { get; set; }

    public bool Published { get; set; }

    /// <summary>Soft delete: set on every version of a removed item.</summary>
    public bool Deleted { get; set; }

    public string? Owner { get; set; }

    public string? Author { get; set; }

    public Guid? UnitId { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime ModifiedUtc { get; set; }

    public DateTime? PublishedUtc { get; set; }

    /// <summary>The parts as JSON (text on SQLite, jsonb on PostgreSQL).</summary>
    public string Data { get; set; } = "{}";

    /// <summary>Concurrency token: bumped on every change of the row, so a lost edit race is detected.</summary>
    public long RowVersion { get; set; }
}
