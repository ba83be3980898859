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

    /// <summary>
    /// A regulation's status as the public reads it (list badge, "Berlaku" filter, page, feeds, JDIHN): Dicabut when a
    /// published regulation revokes it, else Diubah when one amends it, else <see cref="DeclaredStatus"/> (default Berlaku).
    /// The one place every reader takes the status from; see <see cref="RegulationStatus"/>.
    /// </summary>
    public string Status { get; set; } = "";

    /// <summary>The status the editor chose on the regulation itself (used when no link decides it).</summary>
    public string DeclaredStatus { get; set; } = "";

    /// <summary>When the published version was last changed (sitemap lastmod).</summary>
    public DateTime? ModifiedUtc { get; set; }

    public string? ImagePath { get; set; }
}
