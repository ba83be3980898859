using System.Security.Claims;
using Bkn.Cms.Security;

namespace Bkn.Cms.Agencies;

/// <summary>
/// "Own agency" scoping. A user may belong to an agency (instansi) instead of a BKN unit. An agency user who holds a
/// permission holds it for their own agency only; a BKN user who holds it holds it for every agency. Every list,
/// look-up by id, API and export of agency data filters with <see cref="GetAgencyScopeAsync"/>, the way unit data
/// filters with the unit scope; a record outside the scope answers exactly as a missing one does.
/// </summary>
public interface IAgencyScopeService
{
    /// <summary>The agency the user belongs to, or null for BKN staff.</summary>
    Task<Guid?> GetAgencyOfUserAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default);

    /// <summary>The agencies where the user holds the permission (<see cref="AgencyScope.None"/> when not at all).</summary>
    Task<AgencyScope> GetAgencyScopeAsync(ClaimsPrincipal user, Permission permission, CancellationToken cancellationToken = default);
}
