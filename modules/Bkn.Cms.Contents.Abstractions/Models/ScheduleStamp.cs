namespace Bkn.Cms.Contents.Models;

/// <summary>Who set a publish-later or unpublish-later time.</summary>
public static class ScheduleStamp
{
    /// <summary>Set without a signed-in user (a recipe, a workflow): trusted like the code that ran it.</summary>
    public const string System = "system";
}
