namespace Bkn.Cms.Data;

/// <summary>One site setting as a key and a string value.</summary>
public sealed class SiteSettingRecord
{
    public string Key { get; set; } = "";

    public string Value { get; set; } = "";
}
