namespace Bkn.Cms.Audit;

/// <summary>Categories of audit events.</summary>
public static class AuditCategories
{
    public const string Content = "konten";
    public const string Security = "keamanan";
    public const string Configuration = "konfigurasi";
}
