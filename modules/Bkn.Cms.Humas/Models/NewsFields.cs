namespace Bkn.Cms.Humas.Models;

/// <summary>Fields of Berita and Siaran Pers (the press release adds a release number and a contact person).</summary>
public static class NewsFields
{
    public const string Ringkasan = "Ringkasan";
    public const string Tanggal = "Tanggal";
    public const string Gambar = "Gambar";
    public const string Unit = "Unit";
    public const string TeksMedsos = "TeksMedsos";
    public const string TeksWhatsApp = "TeksWhatsApp";
    public const string NomorRilis = "NomorRilis";
    public const string Narahubung = "Narahubung";

    /// <summary>Longest social-media text (characters).</summary>
    public const int SocialMaxLength = 280;
}
