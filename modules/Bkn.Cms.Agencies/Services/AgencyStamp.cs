namespace Bkn.Cms.Agencies.Services;

/// <summary>The state stamp of the registry and its agency users: every write bumps it, every node reloads.</summary>
public static class AgencyStamp
{
    public const string Name = "agencies";
}
