using System.Security.Claims;
using Bkn.Cms.Data;
using Bkn.Cms.Security;
using Bkn.Cms.State;

namespace Bkn.Cms.Settings;

/// <summary>Writes settings (in the caller's transaction when there is one) and bumps the "settings" stamp.</summary>
public sealed class SiteSettingsWriter(CmsDbContext db, StateStamps stamps, IPermissionService permissions) : ISiteSettingsWriter
{
    public async Task SetAsync(ClaimsPrincipal user, Permission permission, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        if (!permission.Global)
        {
            throw new InvalidOperationException($"Site settings act on every unit: the permission {permission.Name} that guards them must be marked Global.");
        }

        if (!await permissions.HasPermissionAsync(user, permission, cancellationToken: cancellationToken))
        {
            throw new UnauthorizedAccessException($"The user does not hold {permission.Name} for all units; the settings were not changed.");
        }

        await SetAsync(values, cancellationToken);
    }

    public async Task SetAsync(IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        foreach (var (key, value) in values)
        {
            var row = await db.SiteSettings.FindAsync([key], cancellationToken);
            if (row is null)
            {
                db.SiteSettings.Add(new SiteSettingRecord { Key = key, Value = value });
            }
            else
            {
                row.Value = value;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        if (db.Database.CurrentTransaction is null)
        {
            await StateStamps.BumpAsync(db, StampNames.Settings, cancellationToken);
            await stamps.CommittedAsync(cancellationToken);
        }
        else
        {
            // Bumped as the caller's transaction commits; this node then reloads at once (not at the next poll).
            await StateStamps.BumpOnCommitAsync(db, StampNames.Settings, cancellationToken);
        }
    }
}
