namespace Bkn.Cms.Pkt.Services;

/// <summary>The community satisfaction survey (SKM): nine elements on a 1–4 scale, IKM = mean × 25, grades A–D.</summary>
public static class PktSkm
{
    public static readonly string[] Elements =
    [
        "Persyaratan",
        "Sistem, mekanisme dan prosedur",
        "Waktu penyelesaian",
        "Biaya/tarif",
        "Produk spesifikasi jenis pelayanan",
        "Kompetensi pelaksana",
        "Perilaku pelaksana",
        "Penanganan pengaduan, saran dan masukan",
        "Sarana dan prasarana",
    ];

    public static readonly string[] Scale = ["Tidak baik", "Kurang baik", "Baik", "Sangat baik"];

    /// <summary>IKM of a set of answers: the mean of all element values × 25 (0 when there are none).</summary>
    public static double Ikm(IEnumerable<int[]> answers)
    {
        var values = answers.SelectMany(a => a).ToList();
        return values.Count == 0 ? 0 : Math.Round(values.Average() * 25, 2);
    }

    /// <summary>The same IKM from the sum of all element values and their number (as the database adds them up).</summary>
    public static double Ikm(long sum, long values) => values == 0 ? 0 : Math.Round((double)sum / values * 25, 2);

    /// <summary>A ≥ 88.31 (sangat baik), B ≥ 76.61 (baik), C ≥ 65.00 (kurang baik), else D (tidak baik).</summary>
    public static string Grade(double ikm) => ikm switch
    {
        >= 88.31 => "A",
        >= 76.61 => "B",
        >= 65.00 => "C",
        _ => "D",
    };

    public static string GradeLabel(string grade) => grade switch
    {
        "A" => "Sangat baik",
        "B" => "Baik",
        "C" => "Kurang baik",
        _ => "Tidak baik",
    };
}
