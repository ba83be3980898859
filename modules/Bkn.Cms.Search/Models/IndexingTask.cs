namespace Bkn.Cms.Search.Models;

/// <summary>
/// "Item changed" marker, written in the transaction of the change. Ids grow in commit order (see
/// <see cref="Indexing.IndexingTaskProvider"/>); an item keeps only its newest row, so the table holds at most one row per item.
/// </summary>
public sealed class IndexingTask
{
    public long Id { get; set; }

    public string ContentItemId { get; set; } = "";

    public DateTime CreatedUtc { get; set; }
}
