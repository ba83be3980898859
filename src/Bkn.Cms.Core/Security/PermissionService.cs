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

    public PermissionService(IEnumerable<IPermissionProvider> providers, SecurityCache security, UnitTreeCache units, IFeatureChecker features)
    {
        _security = security;
        _units = units;
        _features = features;
        _declared = new Dictionary<string, (Permission, string?)>(StringComparer.Ordinal);
        foreach (var provider in providers)
        {
            var featureId = features.FeatureOf(provider.GetType());
            foreach (var permission in provider.GetPermissions())
            {
                _declared.TryAdd(permission.Name, (permission, featureId));
            }
        }
    }

    public IReadOnlyList<Permission> GetDeclaredPermissions() =>
        [.. _declared.Values.Where(d => d.FeatureId is null || _features.IsEnabled(d.FeatureId)).Select(d => d.Permission).OrderBy(p => p.Category).ThenBy(p => p.Name)];

    public Permission? FindPermission(string name) => _declared.TryGetValue(name, out var d) ? d.Permission : null;

    public async Task<bool> HasPermissionAsync(ClaimsPrincipal user, Permission permission, Guid? unitId = null, CancellationToken cancellationToken = default)
    {
        var scope = await GetUnitScopeAsync(user, permission, cancellationToken);
        return unitId is null ? !scope.IsEmpty : scope.Contains(unitId);
    }

    public async Task<UnitScope> GetUnitScopeAsync(ClaimsPrincipal user, Permission permission, CancellationToken cancellationToken = default)
    {
        var access = await GetAccessAsync(user, cancellationToken);
        if (access is null || !_declared.TryGetValue(permission.Name, out var declared))
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
            PermissionScope.OwnUnit when access.UnitId is { } unit => new UnitScope(false, _units.Current.Subtree(unit)),
            _ => UnitScope.None,
        };
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
