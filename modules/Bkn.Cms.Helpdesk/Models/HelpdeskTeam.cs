namespace Bkn.Cms.Helpdesk.Models;

/// <summary>A team ("kewenangan") that answers the tickets of some categories.</summary>
public sealed class HelpdeskTeam
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public Guid? UnitId { get; set; }

    /// <summary>User name of the supervisor escalations go to.</summary>
    public string? SupervisorUserName { get; set; }
}
