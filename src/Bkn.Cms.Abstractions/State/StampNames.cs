namespace Bkn.Cms.State;

/// <summary>Names of the cached areas whose version every node follows.</summary>
public static class StampNames
{
    public const string Features = "features";
    public const string Units = "units";
    public const string Security = "security";
    public const string Settings = "settings";
    public const string ContentDefinitions = "content-definitions";
    public const string Workflows = "workflows";

    public static readonly IReadOnlyList<string> All = [Features, Units, Security, Settings, ContentDefinitions, Workflows];
}
