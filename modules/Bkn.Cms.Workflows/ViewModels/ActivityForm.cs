namespace Bkn.Cms.Workflows.ViewModels;

/// <summary>One activity as edited in the designer form; property values are text (lists comma separated).</summary>
public sealed class ActivityForm
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public bool IsStart { get; set; }

    public string? Title { get; set; }

    public int X { get; set; }

    public int Y { get; set; }

    public Dictionary<string, string?> Props { get; set; } = [];
}
