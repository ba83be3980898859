using System.Security.Claims;
using Bkn.Cms.Security;

namespace Bkn.Cms.Agencies.Services;

/// <summary>
/// Own-agency scope: a user who holds the permission (any unit, or through an agency membership) acts on every agency
/// when they are BKN staff, and on their own agency only when they are an agency user.
/// </summary>
public sealed class AgencyScopeService(IPermissionService permissions, AgencyDirectory directory) : IAgencyScopeService
{
    public async Task<Guid?> GetAgencyOfUserAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) is { } id ? await directory.AgencyOfUserAsync(id, cancellationToken) : null;

    public async Task<AgencyScope> GetAgencyScopeAsync(ClaimsPrincipal user, Permission permission, CancellationToken cancellationToken = default)
    {
        if (!await permissions.HasPermissionAsync(user, permission, cancellationToken: cancellationToken))
        {
            return AgencyScope.None;
        }

        return await GetAgencyOfUserAsync(user, cancellationToken) is { } agencyId
            ? new AgencyScope(false, new HashSet<Guid> { agencyId })
            : AgencyScope.All;
    }
}
