using Bkn.Cms.Media;

namespace Bkn.Cms.Kepegawaian.Rules;

/// <summary>The four kinds of proposal (usulan) with a dossier.</summary>
public enum JenisUsulan
{
    KpReguler = 0,
    KpOtomatis = 1,
    PensiunReguler = 2,
    PensiunOtomatis = 3,
}

/// <summary>One document of a checklist; <see cref="Required"/> false for documents needed only in some cases.</summary>
public sealed record ChecklistItem(string Code, string Name, bool Required = true, bool Photo = false);

/// <summary>The document checklists of the less-paper dossiers, as BKN listed them for the 2017 pilot (KPO and PPO tables).</summary>
public static class Checklists
{
    public static IReadOnlyList<ChecklistItem> KpReguler { get; } =
    [
        new("pengantar-nukp", "Surat Pengantar NUKP"),
        new("nukp-individu", "NUKP individu"),
        new("sk-kp", "SK KP 2 tahun terakhir"),
        new("dp3", "DP3 2 tahun terakhir"),
        new("sk-jabatan", "SK Jabatan terakhir"),
        new("ijazah", "Ijazah (jika ada perubahan pendidikan)", Required: false),
        new("ijin-belajar", "Surat Ijin/Tugas Belajar (jika ada perubahan pendidikan)", Required: false),
    ];

    public static IReadOnlyList<ChecklistItem> KpOtomatis { get; } =
    [
        new("pengantar-nukp", "Surat Pengantar NUKP"),
        new("skp", "SKP 2 tahun terakhir"),
    ];

    public static IReadOnlyList<ChecklistItem> PensiunReguler { get; } =
    [
        new("pengantar", "Surat Pengantar"),
        new("pernyataan-ybs", "Surat Pernyataan dari yang bersangkutan"),
        new("pernyataan-hukdis", "Surat Pernyataan tidak Hukuman Disiplin"),
        new("dpcp", "Daftar Penerima Calon Pensiun dan Formulir Pembayaran Pensiun"),
        new("skp", "SKP 1 tahun terakhir"),
        new("pas-foto", "Pas Photo 3x4 (5 buah)", Photo: true),
        new("akte-nikah", "Akte Nikah", Required: false),
        new("akte-anak", "Akte Kelahiran Anak", Required: false),
        new("ket-keluarga", "Surat Keterangan Keluarga"),
        new("kematian", "Surat Kematian", Required: false),
        new("janda-duda", "Surat Keterangan Janda/Duda", Required: false),
    ];

    public static IReadOnlyList<ChecklistItem> PensiunOtomatis { get; } =
    [
        new("pengantar", "Surat Pengantar"),
        new("dpcp", "Daftar Penerima Calon Pensiun dan Formulir Pembayaran Pensiun"),
        new("pas-foto", "Pas Photo 3x4", Photo: true),
    ];

    public static IReadOnlyList<ChecklistItem> For(JenisUsulan jenis) => jenis switch
    {
        JenisUsulan.KpReguler => KpReguler,
        JenisUsulan.KpOtomatis => KpOtomatis,
        JenisUsulan.PensiunReguler => PensiunReguler,
        _ => PensiunOtomatis,
    };

    public static string Name(JenisUsulan jenis) => jenis switch
    {
        JenisUsulan.KpReguler => "KP Reguler",
        JenisUsulan.KpOtomatis => "KP Reguler Otomatis",
        JenisUsulan.PensiunReguler => "Pensiun Reguler",
        _ => "Pensiun Otomatis",
    };

    public static string Code(JenisUsulan jenis) => jenis switch
    {
        JenisUsulan.KpReguler => "kp-reguler",
        JenisUsulan.KpOtomatis => "kp-otomatis",
        JenisUsulan.PensiunReguler => "pensiun-reguler",
        _ => "pensiun-otomatis",
    };

    public static JenisUsulan? Parse(string? code) => code?.Trim().ToLowerInvariant() switch
    {
        "kp-reguler" => JenisUsulan.KpReguler,
        "kp-otomatis" => JenisUsulan.KpOtomatis,
        "pensiun-reguler" => JenisUsulan.PensiunReguler,
        "pensiun-otomatis" => JenisUsulan.PensiunOtomatis,
        _ => null,
    };

    public static bool IsKp(JenisUsulan jenis) => jenis is JenisUsulan.KpReguler or JenisUsulan.KpOtomatis;

    public static bool IsOtomatis(JenisUsulan jenis) => jenis is JenisUsulan.KpOtomatis or JenisUsulan.PensiunOtomatis;
}

/// <summary>Recognises accepted documents by their first bytes, whatever the file name or declared type says.</summary>
public static class DocumentSignatures
{
    /// <summary>"application/pdf", "image/jpeg" or null.</summary>
    public static string? Detect(ReadOnlySpan<byte> head) =>
        FileSignature.Detect(head) is { } kind && (kind == FileSignature.Pdf || kind == FileSignature.Jpeg) ? kind.ContentType : null;

    /// <summary>Null when the file is acceptable for the item, else an Indonesian message.</summary>
    public static string? Check(ChecklistItem item, string fileName, ReadOnlySpan<byte> content, KpoOptions options)
    {
        if (content.Length == 0)
        {
            return $"{item.Name}: berkas kosong.";
        }

        var detected = Detect(content);
        var limit = item.Photo ? options.MaxPhotoBytes : options.MaxDocumentBytes;
        if (content.Length > limit)
        {
            return $"{item.Name}: ukuran berkas {content.Length / 1024} KB melebihi batas {limit / 1024} KB.";
        }

        if (detected is null || (item.Photo && detected != "image/jpeg"))
        {
            return item.Photo ? $"{item.Name}: isi berkas bukan gambar JPG." : $"{item.Name}: isi berkas bukan PDF atau JPG.";
        }

        var ext = Path.GetExtension(fileName).ToLowerInvariant();
        var claimed = ext switch { ".pdf" => "application/pdf", ".jpg" or ".jpeg" => "image/jpeg", _ => null };
        return claimed is not null && claimed != detected
            ? $"{item.Name}: nama berkas berakhiran {ext}, tetapi isinya {(detected == "application/pdf" ? "PDF" : "JPG")}."
            : null;
    }
}
