namespace Bkn.Cms.Navigation;

/// <summary>Group names of the admin menu (Indonesian text keys), in display order.</summary>
public static class AdminMenuGroups
{
    public const string Content = "Konten";
    public const string Services = "Layanan";
    public const string Security = "Keamanan";
    public const string Configuration = "Konfigurasi";

    public static readonly IReadOnlyList<string> Order = [Content, Services, Security, Configuration];
}
