namespace Bkn.Cms.Workflows.ViewModels;

/// <summary>One transition as edited in the designer form.</summary>
public sealed class TransitionForm
{
    public string Source { get; set; } = "";

    public string Outcome { get; set; } = "";

    public string Destination { get; set; } = "";
}
