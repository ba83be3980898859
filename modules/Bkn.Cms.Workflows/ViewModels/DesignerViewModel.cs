namespace Bkn.Cms.Workflows.ViewModels;

/// <summary>
/// The designer form: the whole definition posts back on every command (add/remove activity or transition, save), so
/// nothing is stored until "Simpan" and a failed validation keeps what the user typed.
/// </summary>
public sealed class DesignerViewModel
{
    public bool IsNew { get; set; }

    public string WorkflowTypeId { get; set; } = "";

    public string Name { get; set; } = "";

    public bool IsEnabled { get; set; } = true;

    public bool SingletonPerCorrelation { get; set; }

    public bool KeepFinishedInstances { get; set; } = true;

    public List<ActivityForm> Activities { get; set; } = [];

    public List<TransitionForm> Transitions { get; set; } = [];

    /// <summary>Activity name chosen in "add activity".</summary>
    public string? NewActivity { get; set; }

    public string? Command { get; set; }

    public int Version { get; set; }

    public bool ReadOnly { get; set; }

    public bool CanManage { get; set; }

    public IReadOnlyList<IActivity> Library { get; set; } = [];

    public IReadOnlyList<string> Errors { get; set; } = [];

    public IReadOnlyList<(int Version, DateTime CreatedUtc)> Versions { get; set; } = [];

    public string Diagram { get; set; } = "";
}
