namespace Bkn.Cms.Settings;

/// <summary>Well-known setting keys.</summary>
public static class SiteSettingKeys
{
    public const string SiteName = "SiteName";
    public const string Hotline = "Hotline";
    public const string Email = "Email";
    public const string Address = "Address";
    public const string SetupCompletedUtc = "Setup:CompletedUtc";
}
