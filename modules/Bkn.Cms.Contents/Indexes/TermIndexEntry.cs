namespace Bkn.Cms.Contents.Indexes;

/// <summary>Index row: a published item classified with a term, for lists by topic or tag.</summary>
public sealed class TermIndexEntry
{
    public long Id { get; set; }

    public string ContentItemId { get; set; } = "";

    public string TaxonomyId { get; set; } = "";

    public string TermId { get; set; } = "";
}
