namespace Bkn.Cms.Search.Indexing;

/// <summary>This node's state of one index: the copy that serves searches, a rebuild in progress, the last error.</summary>
public sealed class IndexState(string name)
{
    public string Name { get; } = name;

    public SearchIndexSettings Settings { get; set; } = new();

    /// <summary>The definition version in the database.</summary>
    public int Version { get; set; }

    /// <summary>The complete copy that answers searches; null until the first build finishes (or after a reset).</summary>
    public LuceneIndex? Active { get; set; }

    public RebuildProgress? Rebuild { get; set; }

    public Task? RebuildTask { get; set; }

    public string? LastError { get; set; }

    public DateTime? LastErrorUtc { get; set; }

    /// <summary>After a failed rebuild, the next attempt waits until then.</summary>
    public DateTime RetryAfterUtc { get; set; }

    /// <summary>IndexingTasks not yet applied to the active copy, as of the last catch-up.</summary>
    public int Lag { get; set; }

    /// <summary>Serialises writes to the active copy (catch-up, swap, reset).</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    public bool IsRebuilding => RebuildTask is { IsCompleted: false };
}

/// <summary>Progress of a rebuild on this node.</summary>
public sealed class RebuildProgress
{
    public int Total { get; set; }

    public int Done;

    public DateTime StartedUtc { get; init; }

    public DateTime? FinishedUtc { get; set; }

    public int Version { get; init; }

    public double Percent => Total == 0 ? (FinishedUtc is null ? 0 : 100) : Math.Min(100, 100.0 * Done / Total);
}
