using System.Security.Claims;
using Bkn.Cms.Features;
using Bkn.Cms.Security;

namespace Bkn.Cms.Navigation;

/// <summary>Builds the admin menu a user sees: entries of enabled features (for the user's unit) that the user may open.</summary>
public sealed class AdminMenuService(IEnumerable<IAdminMenuProvider> providers, IFeatureChecker features, PermissionService permissions) : IAdminMenu
{
    public async Task<IReadOnlyList<AdminMenuItem>> GetVisibleItemsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var access = await permissions.GetAccessAsync(user, cancellationToken);
        if (access is null)
        {
            return [];
        }

        var visible = new List<AdminMenuItem>();
        foreach (var provider in providers)
        {
            var providerFeature = features.FeatureOf(provider.GetType());
            foreach (var item in provider.GetItems())
            {
                var featureId = item.FeatureId ?? providerFeature;
                if (featureId is not null && !features.IsEnabledForUnit(featureId, access.UnitId))
                {
                    continue;
                }

                if (item.Permission is not null && !await permissions.HasPermissionAsync(user, item.Permission, cancellationToken: cancellationToken))
                {
                    continue;
                }

                if (item.Requirement is not null && !await permissions.MeetsAsync(user, item.Requirement, cancellationToken))
                {
                    continue;
                }

                visible.Add(item with { FeatureId = featureId });
            }
        }

        return [.. visible
            .OrderBy(i => GroupRank(i.Group))
            .ThenBy(i => i.Group, StringComparer.Ordinal)
            .ThenBy(i => i.Order)
            .ThenBy(i => i.Text, StringComparer.Ordinal)];
    }

    private static int GroupRank(string group)
    {
        for (var i = 0; i < AdminMenuGroups.Order.Count; i++)
        {
            if (AdminMenuGroups.Order[i] == group)
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
