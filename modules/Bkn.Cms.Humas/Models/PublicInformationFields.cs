namespace Bkn.Cms.Humas.Models;

/// <summary>Fields of Informasi Publik: one entry of the Daftar Informasi Publik (docs/DOMAIN-RULES.md §7).</summary>
public static class PublicInformationFields
{
    public const string Nomor = "Nomor";
    public const string Ringkasan = "Ringkasan";
    public const string PenguasaInformasi = "PenguasaInformasi";
    public const string PenanggungJawab = "PenanggungJawab";
    public const string WaktuPembuatan = "WaktuPembuatan";
    public const string TempatPembuatan = "TempatPembuatan";
    public const string Bentuk = "Bentuk";
    public const string JangkaWaktuPenyimpanan = "JangkaWaktuPenyimpanan";
    public const string Kategori = "Kategori";
    public const string Tautan = "Tautan";

    public const string Berkala = "Berkala";
    public const string SertaMerta = "Serta merta";
    public const string SetiapSaat = "Setiap saat";
    public const string Dikecualikan = "Dikecualikan";

    /// <summary>KIP categories in the order the public page shows them (the excluded one is never shown).</summary>
    public static readonly IReadOnlyList<string> Categories = [Berkala, SertaMerta, SetiapSaat, Dikecualikan];

    public static readonly IReadOnlyList<string> BentukOptions = ["Cetak", "Digital", "Cetak dan digital"];

    public static bool IsExcluded(string category) => string.Equals(category, Dikecualikan, StringComparison.OrdinalIgnoreCase);
}
