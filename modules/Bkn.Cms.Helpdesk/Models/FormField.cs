namespace Bkn.Cms.Helpdesk.Models;

/// <summary>A field of the public forms; a form is a list of these.</summary>
public enum FormField
{
    Nik,
    Nama,
    TempatLahir,
    TanggalLahir,
    NomorKk,
    ScanKtp,
    ScanKk,
    PertanyaanPengaman1,
    PertanyaanPengaman2,
    JawabanPengaman,
    JenisPermasalahan,
    Instansi,
    Pertanyaan,
    Email,
}
