namespace Bkn.Cms.Data;

/// <summary>One version of a workflow type. Versions are never changed: an edit adds a row and moves <see cref="IsLatest"/>.</summary>
public sealed class WorkflowTypeRecord
{
    public long Id { get; set; }

    public string WorkflowTypeId { get; set; } = "";

    public int Version { get; set; }

    public string Name { get; set; } = "";

    public bool IsLatest { get; set; }

    /// <summary>Enabled state of the type (kept on its latest row).</summary>
    public bool IsEnabled { get; set; }

    /// <summary>The <c>WorkflowTypeDefinition</c> JSON.</summary>
    public string Definition { get; set; } = "{}";

    public DateTime CreatedUtc { get; set; }

    public string? CreatedBy { get; set; }
}
