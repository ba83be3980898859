using System.Security.Claims;

namespace Bkn.Cms.Helpdesk.Services;

/// <summary>Who acts on a ticket: an operator (user id and name), the applicant, or the system.</summary>
public sealed record HelpdeskActor(string? Id, string Name)
{
    public static readonly HelpdeskActor System = new(null, "Sistem");
    public static readonly HelpdeskActor Applicant = new(null, "Pelamar");

    public static HelpdeskActor From(ClaimsPrincipal user) =>
        new(user.FindFirstValue(ClaimTypes.NameIdentifier), user.Identity?.Name ?? "?");
}
