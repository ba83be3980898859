namespace Bkn.Cms.Helpdesk;

/// <summary>Paths of the helpdesk pages and API.</summary>
public static class HelpdeskRoutes
{
    public const string Public = "/helpdesk";
    public const string Status = "/helpdesk/status";
    public const string Admin = "/admin/helpdesk";
    public const string Api = "/api/helpdesk/tickets";
}
