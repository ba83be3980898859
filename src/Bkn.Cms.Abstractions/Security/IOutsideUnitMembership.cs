namespace Bkn.Cms.Security;

/// <summary>
/// Engine hook for users who belong somewhere outside BKN's unit tree (the Agencies module: users of an agency). Such a
/// user has no unit, so a role granted "own unit" gives them no unit scope; when a registered membership says the user
/// belongs elsewhere, <see cref="IPermissionService.HasPermissionAsync"/> without a unit answers true for that grant
/// (admin menus, permission policies), while <see cref="IPermissionService.GetUnitScopeAsync"/> stays empty: the user
/// acts on no BKN unit, and the module that owns the membership scopes its data itself (own agency only).
/// Implementations answer from memory (they run on every permission check of a user without a unit) and answer false
/// while their feature is off.
/// </summary>
public interface IOutsideUnitMembership
{
    /// <summary>True when the user (who has no unit) belongs outside the unit tree and may hold the permission there.</summary>
    ValueTask<bool> HoldsOutsideUnitsAsync(string userId, Permission permission, CancellationToken cancellationToken);
}
