namespace Bkn.Cms.Humas.Indexes;

/// <summary>
/// Index row of a Humas item's published version: everything the public lists, feeds and the JDIHN feed filter,
/// sort and show, so lists never load documents. The row stays (Published = false, GoneUtc set) after the item is
/// unpublished, so its old address answers 410 Gone.
/// </summary>
public sealed class PublicationIndex
{
    public string ContentItemId { get; set; } = "";

    public string ContentType { get; set; } = "";

    public string Path { get; set; } = "";

    public string Title { get; set; } = "";

    public string Summary { get; set; } = "";

    /// <summary>The item's own date (news date, date of enactment), else the first publication date; UTC midnight of the local date.</summary>
    public DateTime Date { get; set; }

    public int Year { get; set; }

    public bool Published { get; set; }

    public DateTime? PublishedUtc { get; set; }

    public DateTime? GoneUtc { get; set; }

    /// <summary>Regulation kind (jenis), press release number, KIP category or PKT counter.</summary>
    public string Kind { get; set; } = "";

    /// <summary>Regulation number / DIP number / press release number.</summary>
    public string Number { get; set; } = "";

    /// <summary>Regulation status (berlaku, diubah …).</summary>
    public string Status { get; set; } = "";

    public string? ImagePath { get; set; }
}
