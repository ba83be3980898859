namespace Bkn.Cms.Helpdesk.Models;

/// <summary>The fields of each public form (seed report, Gambar 6–13), plus an optional e-mail for the confirmation.</summary>
public static class HelpdeskForms
{
    public const int QuestionMaxLength = 250;

    public static readonly IReadOnlyList<string> SecurityQuestions =
    [
        "Siapa nama ibu kandung Anda?",
        "Apa nama sekolah dasar Anda?",
        "Apa nama hewan peliharaan pertama Anda?",
        "Di kota mana ayah Anda lahir?",
        "Apa makanan kesukaan Anda?",
        "Siapa nama sahabat masa kecil Anda?",
    ];

    public static readonly IReadOnlyList<string> ProblemKinds =
    [
        "Registrasi akun",
        "Login",
        "Pemilihan formasi",
        "Unggah dokumen",
        "Cetak kartu",
        "Lainnya",
    ];

    public static IReadOnlyList<FormField> Fields(HelpdeskFormKind kind) => kind switch
    {
        HelpdeskFormKind.NikKkTidakDitemukan or HelpdeskFormKind.DataTidakSesuai =>
            [FormField.Nik, FormField.Nama, FormField.TempatLahir, FormField.TanggalLahir, FormField.NomorKk, FormField.Pertanyaan, FormField.Email],
        HelpdeskFormKind.LupaPassword =>
            [FormField.Nik, FormField.PertanyaanPengaman1, FormField.JawabanPengaman, FormField.Pertanyaan, FormField.Email],
        HelpdeskFormKind.LupaEmail or HelpdeskFormKind.LupaJawabanPengaman1 =>
            [FormField.Nik, FormField.PertanyaanPengaman2, FormField.JawabanPengaman, FormField.Pertanyaan, FormField.Email],
        HelpdeskFormKind.LupaJawabanPengaman2 =>
            [FormField.Nik, FormField.Nama, FormField.TempatLahir, FormField.TanggalLahir, FormField.ScanKtp, FormField.NomorKk, FormField.ScanKk, FormField.Pertanyaan, FormField.Email],
        HelpdeskFormKind.LokasiLahir =>
            [FormField.Nik, FormField.Nama, FormField.TempatLahir, FormField.TanggalLahir, FormField.Pertanyaan, FormField.Email],
        _ =>
            [FormField.Nik, FormField.Nama, FormField.JenisPermasalahan, FormField.Instansi, FormField.Pertanyaan, FormField.Email],
    };

    /// <summary>Required fields; the rest may be left empty.</summary>
    public static bool IsRequired(HelpdeskFormKind kind, FormField field) => field switch
    {
        FormField.Email => false,
        FormField.Pertanyaan => kind == HelpdeskFormKind.KontakPetugas,
        _ => true,
    };

    public static string Label(FormField field) => field switch
    {
        FormField.Nik => "Nomor Induk Kependudukan (NIK)",
        FormField.Nama => "Nama (sesuai KTP)",
        FormField.TempatLahir => "Tempat lahir (sesuai KTP)",
        FormField.TanggalLahir => "Tanggal lahir (sesuai KTP)",
        FormField.NomorKk => "Nomor Kartu Keluarga (KK)",
        FormField.ScanKtp => "Pindaian KTP (PDF atau JPG, maks. 200 KB)",
        FormField.ScanKk => "Pindaian Kartu Keluarga (PDF atau JPG, maks. 200 KB)",
        FormField.PertanyaanPengaman1 => "Pertanyaan pengaman ke-1",
        FormField.PertanyaanPengaman2 => "Pertanyaan pengaman ke-2",
        FormField.JawabanPengaman => "Jawaban pertanyaan pengaman",
        FormField.JenisPermasalahan => "Jenis permasalahan",
        FormField.Instansi => "Instansi yang dilamar",
        FormField.Pertanyaan => "Pertanyaan atau keterangan (maks. 250 karakter)",
        _ => "E-mail untuk konfirmasi (tidak wajib)",
    };
}
