namespace Bkn.Cms.Humas.Models;

/// <summary>Fields of Peraturan: the JDIH metadata (docs/DOMAIN-RULES.md §8).</summary>
public static class RegulationFields
{
    public const string TipeDokumen = "TipeDokumen";
    public const string Jenis = "Jenis";
    public const string Singkatan = "Singkatan";
    public const string Nomor = "Nomor";
    public const string Tahun = "Tahun";
    public const string TeuBadan = "TeuBadan";
    public const string TempatPenetapan = "TempatPenetapan";
    public const string TanggalPenetapan = "TanggalPenetapan";
    public const string TanggalPengundangan = "TanggalPengundangan";
    public const string Sumber = "Sumber";
    public const string Subjek = "Subjek";
    public const string Status = "Status";
    public const string Bahasa = "Bahasa";
    public const string Lokasi = "Lokasi";
    public const string BidangHukum = "BidangHukum";
    public const string Abstrak = "Abstrak";
    public const string Mengubah = "Mengubah";
    public const string Mencabut = "Mencabut";
    public const string Lampiran = "Lampiran";

    public static readonly IReadOnlyList<string> JenisOptions =
    [
        "Peraturan Kepala BKN", "Keputusan Kepala BKN", "Peraturan BKN", "Surat Edaran Kepala BKN", "Peraturan Pemerintah", "Undang-Undang",
    ];

    public static readonly IReadOnlyList<string> StatusOptions = ["Berlaku", "Diubah", "Dicabut", "Tidak berlaku"];
}
