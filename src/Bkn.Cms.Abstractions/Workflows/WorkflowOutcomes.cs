namespace Bkn.Cms.Workflows;

/// <summary>Common outcome names.</summary>
public static class WorkflowOutcomes
{
    public const string Done = "Done";
    public const string True = "True";
    public const string False = "False";
    public const string Default = "Default";
    public const string Iterate = "Iterate";
    public const string Failed = "Failed";
}
