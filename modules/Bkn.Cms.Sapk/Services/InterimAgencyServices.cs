using System.Security.Claims;
using Bkn.Cms.Agencies;
using Bkn.Cms.Security;

namespace Bkn.Cms.Sapk.Services;

/// <summary>Stand-ins used only while the Agencies module is not in the build: no agencies, nobody in scope.</summary>
internal sealed class InterimAgencyDirectory : IAgencyDirectory
{
    public Task<AgencySnapshot> GetAsync(CancellationToken cancellationToken = default) => Task.FromResult(AgencySnapshot.Empty);
}

internal sealed class InterimAgencyScopeService : IAgencyScopeService
{
    public Task<Guid?> GetAgencyOfUserAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) => Task.FromResult<Guid?>(null);

    public Task<AgencyScope> GetAgencyScopeAsync(ClaimsPrincipal user, Permission permission, CancellationToken cancellationToken = default) => Task.FromResult(AgencyScope.None);
}
