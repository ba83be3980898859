namespace Bkn.Cms.Humas.Models;

/// <summary>Fields of Layanan: one PKT counter (A–F) and its service standard.</summary>
public static class ServiceFields
{
    public const string Loket = "Loket";
    public const string Ringkasan = "Ringkasan";
    public const string Persyaratan = "Persyaratan";
    public const string Prosedur = "Prosedur";
    public const string Waktu = "Waktu";
    public const string Biaya = "Biaya";
    public const string Produk = "Produk";
    public const string Pengaduan = "Pengaduan";

    public static readonly IReadOnlyList<string> Counters = ["A", "B", "C", "D", "E", "F"];
}
