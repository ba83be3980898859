using System.Security.Claims;
using Bkn.Cms.Features;
using Bkn.Cms.Units;

namespace Bkn.Cms.Security;

/// <summary>Resolves permissions from the user's roles, unit and the state of the declaring feature.</summary>
public sealed class PermissionService : IPermissionService
{
    private readonly SecurityCache _security;
    private readonly UnitTreeCache _units;
    private readonly IFeatureChecker _features;
    private readonly Dictionary<string, (Permission Permission, string? FeatureId)> _declared;
    private readonly List<(IDynamicPermissionProvider Provider, string? FeatureId)> _dynamic = [];
    private readonly IReadOnlyList<IOutsideUnitMembership> _outside;

    public PermissionService(IEnumerable<IPermissionProvider> providers, SecurityCache security, UnitTreeCache units, IFeatureChecker features, IEnumerable<IOutsideUnitMembership> outside)
    {
        _outside = [.. outside];
        _security = security;
        _units = units;
        _features = features;
        _declared = new Dictionary<string, (Permission, string?)>(StringComparer.Ordinal);
        foreach (var provider in providers)
        {
            var featureId = features.FeatureOf(provider.GetType());
            if (provider is IDynamicPermissionProvider dynamic)
            {
                // Asked on each use: its permissions change with run-time data (content types).
                _dynamic.Add((dynamic, featureId));
                continue;
            }

            foreach (var permission in provider.GetPermissions())
            {
                _declared.TryAdd(permission.Name, (permission, featureId));
            }
        }
    }

    public IReadOnlyList<Permission> GetDeclaredPermissions() =>
        [.. _declared.Values
            .Concat(_dynamic.SelectMany(d => d.Provider.GetPermissions().Select(p => (Permission: p, d.FeatureId))))
            .Where(d => d.FeatureId is null || _features.IsEnabled(d.FeatureId))
            .Select(d => d.Permission).DistinctBy(p => p.Name).OrderBy(p => p.Category).ThenBy(p => p.Name)];

    public Permission? FindPermission(string name) => Lookup(name)?.Permission;

    private (Permission Permission, string? FeatureId)? Lookup(string name)
    {
        if (_declared.TryGetValue(name, out var d))
        {
            return d;
        }

        foreach (var (provider, featureId) in _dynamic)
        {
            if (provider.Find(name) is { } permission)
            {
                return (permission, featureId);
            }
        }

        return null;
    }

    public async Task<bool> HasPermissionAsync(ClaimsPrincipal user, Permission permission, Guid? unitId = null, CancellationToken cancellationToken = default)
    {
        var scope = await GetUnitScopeAsync(user, permission, cancellationToken);
        if (unitId is not null)
        {
            return scope.Contains(unitId);
        }

        return !scope.IsEmpty || await HoldsOutsideUnitsAsync(user, permission, cancellationToken);
    }

    /// <summary>
    /// A user without a unit who is granted the permission for the own unit, and whom a module places outside the unit
    /// tree (<see cref="IOutsideUnitMembership"/>, e.g. an agency user), holds it there: for no BKN unit.
    /// </summary>
    private async Task<bool> HoldsOutsideUnitsAsync(ClaimsPrincipal user, Permission permission, CancellationToken cancellationToken)
    {
        if (_outside.Count == 0 || await GetAccessAsync(user, cancellationToken) is not { UnitId: null } access
            || Lookup(permission.Name) is not { } declared || declared.Permission.Global
            || (declared.FeatureId is { } featureId && !_features.IsEnabled(featureId))
            || _security.Roles.ScopeFor(access.RoleIds, permission.Name) != PermissionScope.OwnUnit)
        {
            return false;
        }

        foreach (var membership in _outside)
        {
            if (await membership.HoldsOutsideUnitsAsync(access.UserId, permission, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    public async Task<UnitScope> GetUnitScopeAsync(ClaimsPrincipal user, Permission permission, CancellationToken cancellationToken = default)
    {
        var access = await GetAccessAsync(user, cancellationToken);
        if (access is null || Lookup(permission.Name) is not { } declared)
        {
            return UnitScope.None;
        }

        if (declared.FeatureId is { } featureId && !_features.IsEnabledForUnit(featureId, access.UnitId))
        {
            return UnitScope.None;
        }

        return _security.Roles.ScopeFor(access.RoleIds, permission.Name) switch
        {
            PermissionScope.AllUnits => UnitScope.All,

            // A global permission acts on the whole site: a grant for the own unit cannot be honoured by halves.
            PermissionScope.OwnUnit when !declared.Permission.Global && access.UnitId is { } unit => new UnitScope(false, _units.Current.Subtree(unit)),
            _ => UnitScope.None,
        };
    }

    /// <summary>What the user may hand on to roles and users: the permissions their roles grant, at the scope granted.</summary>
    public async Task<GrantLimits> GetGrantLimitsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var access = await GetAccessAsync(user, cancellationToken);
        return access is null ? GrantLimits.Nothing : GrantLimits.Of(_security.Roles, access.RoleIds);
    }

    /// <summary>The active user behind the principal, or null for anonymous or deactivated users.</summary>
    public async Task<UserAccess?> GetAccessAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (user.Identity?.IsAuthenticated != true || user.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            return null;
        }

        var access = await _security.GetUserAsync(userId, cancellationToken);
        return access is { IsActive: true } ? access : null;
    }
}
