namespace Bkn.Cms.Humas.Models;

/// <summary>Names of the content types this module defines, and the public path prefix of each.</summary>
public static class HumasTypes
{
    public const string Berita = "Berita";
    public const string SiaranPers = "SiaranPers";
    public const string Peraturan = "Peraturan";
    public const string InformasiPublik = "InformasiPublik";
    public const string Layanan = "Layanan";

    /// <summary>Types that go through the editorial workflow (review by a second editor before publishing).</summary>
    public static readonly IReadOnlySet<string> Editorial = new HashSet<string>(StringComparer.Ordinal) { Berita, SiaranPers, Peraturan };

    public static readonly IReadOnlyList<string> All = [Berita, SiaranPers, Peraturan, InformasiPublik, Layanan];

    /// <summary>The list page (and path prefix of detail pages) of a type, e.g. "berita".</summary>
    public static string Prefix(string type) => type switch
    {
        Berita => "berita",
        SiaranPers => "siaran-pers",
        Peraturan => "peraturan",
        InformasiPublik => "informasi-publik",
        Layanan => "layanan",
        _ => "",
    };

    public static string? TypeOfPrefix(string prefix) => All.FirstOrDefault(t => Prefix(t) == prefix);

    public static string DisplayName(string type) => type switch
    {
        Berita => "Berita",
        SiaranPers => "Siaran Pers",
        Peraturan => "Peraturan",
        InformasiPublik => "Informasi Publik",
        Layanan => "Layanan",
        _ => type,
    };
}
