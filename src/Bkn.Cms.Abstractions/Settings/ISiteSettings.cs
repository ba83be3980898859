namespace Bkn.Cms.Settings;

/// <summary>Site settings (name, hotline …) from the database, cached on every node.</summary>
public interface ISiteSettings
{
    string Get(string key, string defaultValue = "");

    IReadOnlyDictionary<string, string> All { get; }
}
