namespace Bkn.Cms.Search.Models;

/// <summary>
/// "Item changed" marker, written in the transaction of the change. Ids grow in commit order (see
/// <see cref="Indexing.IndexingTaskProvider"/>); an item keeps only its newest row, so the table holds at most one row per item.
/// </summary>
public sealed class IndexingTask
{
    /// <summary>Room for a content item id (26) or a source document key ("sop:" + a GUID, see <see cref="SearchDocumentChanges"/>).</summary>
    public const int KeyLength = 100;

    public long Id { get; set; }

    /// <summary>A content item id, or the key of a source document ("{source}:{id}").</summary>
    public string ContentItemId { get; set; } = "";

    public DateTime CreatedUtc { get; set; }
}
