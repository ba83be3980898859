using System.Security.Claims;

namespace Bkn.Cms.Security;

/// <summary>Checks permissions granted through roles, honouring unit scopes and feature state.</summary>
public interface IPermissionService
{
    /// <summary>True when the user holds the permission for the unit (or, with no unit, anywhere).</summary>
    Task<bool> HasPermissionAsync(ClaimsPrincipal user, Permission permission, Guid? unitId = null, CancellationToken cancellationToken = default);

    /// <summary>The units where the user holds the permission; every admin query filters with it.</summary>
    Task<UnitScope> GetUnitScopeAsync(ClaimsPrincipal user, Permission permission, CancellationToken cancellationToken = default);

    /// <summary>All permissions declared by modules whose feature is enabled.</summary>
    IReadOnlyList<Permission> GetDeclaredPermissions();

    Permission? FindPermission(string name);

    /// <summary>What the user may hand on to roles and other users: never more than they hold, in permissions and scope.</summary>
    Task<GrantLimits> GetGrantLimitsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default);
}
