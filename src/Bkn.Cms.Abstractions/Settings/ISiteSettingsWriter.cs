namespace Bkn.Cms.Settings;

/// <summary>Changes site settings; every node sees the change within seconds.</summary>
public interface ISiteSettingsWriter
{
    Task SetAsync(IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken);
}
