using Bkn.Cms.Data;
using Bkn.Cms.State;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Settings;

/// <summary>The node's copy of the site settings; reloaded when the "settings" stamp moves.</summary>
public sealed class SiteSettingsCache : ISiteSettings, IStampedCache
{
    private volatile IReadOnlyDictionary<string, string> _all = new Dictionary<string, string>();

    public string StampName => StampNames.Settings;

    public IReadOnlyDictionary<string, string> All => _all;

    public string Get(string key, string defaultValue = "") => _all.TryGetValue(key, out var value) ? value : defaultValue;

    public async Task ReloadAsync(DbContext db, CancellationToken cancellationToken) =>
        _all = await db.Set<SiteSettingRecord>().AsNoTracking().ToDictionaryAsync(s => s.Key, s => s.Value, StringComparer.Ordinal, cancellationToken);
}
