namespace Bkn.Cms.Contents.Indexes;

/// <summary>Index row: an item due to be published or unpublished at a time. Rows survive restarts (durable schedule).</summary>
public sealed class ScheduledContentEntry
{
    public const string Publish = "publish";
    public const string Unpublish = "unpublish";

    public long Id { get; set; }

    public string ContentItemId { get; set; } = "";

    public string Action { get; set; } = Publish;

    public DateTime DueUtc { get; set; }
}
