namespace Bkn.Cms.Search.Models;

/// <summary>An index definition shared by all nodes; a new <see cref="Version"/> makes every node rebuild its copy.</summary>
public sealed class SearchIndexRecord
{
    public string Name { get; set; } = "";

    /// <summary><see cref="Indexing.SearchIndexSettings"/> as JSON.</summary>
    public string Settings { get; set; } = "{}";

    public int Version { get; set; } = 1;

    public DateTime UpdatedUtc { get; set; }
}
