using System.Globalization;
using Bkn.Cms.Sop.Models;

namespace Bkn.Cms.Sop.Recipes;

/// <summary>
/// A complete sample SOP of a real BKN procedure. Rows are written compactly:
/// <c>kind|kegiatan|pelaksana|persyaratan|waktu|output|keterangan|next-or-ya|tidak</c> with kind M (Mulai), K
/// (Kegiatan), D (Keputusan) or S (Selesai) and targets as 1-based row numbers.
/// </summary>
internal sealed record SopSample(string Unit, string Nama, string DasarHukum, string Peringatan, string Kualifikasi, string Peralatan, string Pencatatan, string Keterkaitan, string[] Rows)
{
    public Flowchart Flowchart()
    {
        string? Target(string value) => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var row) ? "r" + row.ToString(CultureInfo.InvariantCulture) : null;
        return new Flowchart
        {
            Steps = Rows.Select((line, i) =>
            {
                var f = line.Split('|');
                string F(int n) => f.Length > n ? f[n].Trim() : "";
                var kind = F(0) switch { "M" => StepKind.Mulai, "D" => StepKind.Keputusan, "S" => StepKind.Selesai, _ => StepKind.Kegiatan };
                return new FlowStep
                {
                    Id = "r" + (i + 1).ToString(CultureInfo.InvariantCulture),
                    Kind = kind,
                    Kegiatan = F(1),
                    Pelaksana = F(2),
                    Persyaratan = F(3),
                    Waktu = F(4),
                    Output = F(5),
                    Keterangan = F(6),
                    Next = kind == StepKind.Keputusan ? null : Target(F(7)),
                    Yes = kind == StepKind.Keputusan ? Target(F(7)) : null,
                    No = kind == StepKind.Keputusan ? Target(F(8)) : null,
                };
            }).ToList(),
        };
    }
}

internal static class SopSamples
{
    private const string Dasar = "Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara\nPeraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen PNS";

    public static readonly IReadOnlyList<SopSample> All =
    [
        new("DIT-PENGADAAN", "Pertimbangan Teknis Kenaikan Pangkat Reguler Instansi Pusat",
            Dasar + "\nPeraturan Pemerintah Nomor 99 Tahun 2000 tentang Kenaikan Pangkat PNS sebagaimana diubah dengan PP 12 Tahun 2002\nPeraturan Kepala BKN Nomor 25 Tahun 2013",
            "Apabila berkas tidak lengkap, usul dikembalikan (BTL) dan kenaikan pangkat tertunda ke periode berikutnya.",
            "Memahami ketentuan kenaikan pangkat; mampu mengoperasikan SAPK.", "Komputer, SAPK, printer, scanner.", "Agenda usul, SAPK, arsip nota persetujuan teknis.",
            "SOP-DIT-PENGADAAN/002/2017",
            [
                "M|Menerima usul kenaikan pangkat dari instansi melalui SAPK|Instansi Pengusul|Surat pengantar, NUKP, SK pangkat terakhir, DP3/SKP 2 tahun terakhir, SK jabatan|1 hari|Usul teragenda",
                "K|Mendisposisikan usul kepada verifikator|Kepala Seksi Kepangkatan Instansi Pusat|Usul teragenda|30 menit|Disposisi",
                "K|Memverifikasi berkas dan masa kerja dalam pangkat|Verifikator Kenaikan Pangkat|Berkas usul|2 hari|Hasil verifikasi|Minimal 4 tahun dalam pangkat",
                "D|Memenuhi syarat?|Verifikator Kenaikan Pangkat||30 menit|Keputusan MS/BTL||6|5",
                "S|Mengembalikan usul dengan status BTL/BTS/TMS beserta alasannya|Verifikator Kenaikan Pangkat||1 hari|Surat pengembalian",
                "K|Menyusun konsep nota persetujuan teknis|Verifikator Kenaikan Pangkat|Hasil verifikasi MS|1 hari|Konsep Pertek",
                "K|Memeriksa dan memaraf konsep Pertek|Kepala Subdirektorat Kepangkatan|Konsep Pertek|1 hari|Konsep berparaf",
                "D|Konsep sudah benar?|Kepala Subdirektorat Kepangkatan||30 menit|||9|6",
                "K|Menandatangani nota persetujuan teknis|Direktur Pengadaan dan Kepangkatan|Konsep berparaf|1 hari|Pertek KP",
                "S|Mengirim Pertek kepada instansi dan mengarsipkan salinannya|Pengadministrasi Kepegawaian|Pertek|1 hari|Tanda terima, arsip",
            ]),
        new("DIT-PENGADAAN", "Kenaikan Pangkat Otomatis Less Paper",
            Dasar + "\nPeraturan Kepala BKN Nomor 25 Tahun 2013 tentang Kenaikan Pangkat Otomatis",
            "Data PUPNS yang tidak mutakhir menyebabkan PNS tidak masuk daftar nominatif KPO.",
            "Memahami KPO dan rekonsiliasi data; mampu mengoperasikan SAPK.", "Komputer, SAPK, jaringan internet.", "Daftar nominatif KPO, SAPK.",
            "SOP-DIT-PENGADAAN/001/2017",
            [
                "M|Menarik daftar nominatif PNS yang memenuhi syarat KPO dari SAPK|Pranata Komputer||1 hari|Daftar nominatif",
                "K|Merekonsiliasi data unor, jabatan, hukdis, SKP dan golongan bersama instansi|Instansi Pengusul|Daftar nominatif|3 bulan|Data terekonsiliasi|6 s.d. 3 bulan sebelum periode",
                "K|Mengirim surat pengantar dan SKP 2 tahun terakhir|Instansi Pengusul|Surat pengantar NUKP, SKP|1 hari|Usul KPO",
                "K|Memverifikasi usul KPO|Verifikator Kenaikan Pangkat|Usul KPO|2 hari|Hasil verifikasi",
                "D|Data sesuai?|Verifikator Kenaikan Pangkat||30 menit|||7|6",
                "K|Mengembalikan data untuk diperbaiki instansi|Verifikator Kenaikan Pangkat||1 hari|Catatan perbaikan||3",
                "K|Menetapkan persetujuan teknis KPO secara elektronik|Direktur Pengadaan dan Kepangkatan||1 hari|Pertek elektronik",
                "S|Memutakhirkan data golongan di SAPK|Pengelola Data Kepegawaian||1 jam|Data mutakhir",
            ]),
        new("DIT-PENSIUN", "Penetapan Pensiun Batas Usia Pensiun PNS Instansi Pusat",
            Dasar + "\nUndang-Undang Nomor 11 Tahun 1969 tentang Pensiun Pegawai dan Pensiun Janda/Duda Pegawai\nPeraturan Kepala BKN Nomor 26 Tahun 2013",
            "Keterlambatan usul menyebabkan pembayaran pensiun pertama terlambat.",
            "Memahami ketentuan BUP dan pensiun; mampu mengoperasikan SAPK.", "Komputer, SAPK, printer.", "Agenda usul pensiun, SAPK, arsip SK pensiun.", "SOP-DIT-PENSIUN/002/2017",
            [
                "M|Menerima usul pensiun BUP dari instansi|Instansi Pengusul|Surat pengantar, DPCP, SKP 1 tahun terakhir, pas foto 3x4, akta nikah, akta kelahiran anak|1 hari|Usul teragenda|Paling lambat 1 tahun sebelum BUP",
                "K|Memverifikasi berkas, usia dan masa kerja|Verifikator Pensiun|Berkas usul|2 hari|Hasil verifikasi",
                "D|Berkas lengkap dan memenuhi syarat?|Verifikator Pensiun||30 menit|||5|4",
                "S|Mengembalikan berkas dengan status BTL/TMS|Verifikator Pensiun||1 hari|Surat pengembalian",
                "K|Menghitung masa kerja dan pensiun pokok|Verifikator Pensiun|DPCP|1 hari|Perhitungan pensiun",
                "K|Memeriksa dan memaraf konsep SK pensiun|Kepala Seksi Pensiun Instansi Pusat|Konsep SK|1 hari|Konsep berparaf",
                "K|Menandatangani SK pensiun|Direktur Pensiun PNS dan Pejabat Negara|Konsep berparaf|1 hari|SK pensiun|TMT hari pertama bulan berikutnya setelah BUP",
                "K|Mengirim salinan SK kepada PT Taspen dan instansi|Pengadministrasi Kepegawaian|SK pensiun|1 hari|Tanda terima",
                "S|Membayarkan pensiun pertama|PT Taspen|SK pensiun|1 bulan|Pensiun dibayarkan",
            ]),
        new("DIT-PENSIUN", "Pensiun Otomatis Less Paper",
            Dasar + "\nPeraturan Kepala BKN Nomor 26 Tahun 2013", "Data keluarga yang tidak mutakhir menunda penetapan pensiun otomatis.",
            "Memahami PPO; mampu mengoperasikan SAPK.", "Komputer, SAPK.", "Daftar nominatif PPO, SAPK.", "SOP-DIT-PENSIUN/001/2017",
            [
                "M|Menarik daftar PNS yang mencapai BUP dari SAPK|Pranata Komputer||1 hari|Daftar nominatif PPO",
                "K|Merekonsiliasi data suami/istri, anak, alamat pensiun dan foto|Instansi Pengusul|Daftar nominatif|3 bulan|Data terekonsiliasi",
                "K|Mengirim surat pengantar, DPCP dan pas foto|Instansi Pengusul|Surat pengantar, DPCP, pas foto 3x4|1 hari|Usul PPO",
                "D|Data lengkap?|Verifikator Pensiun||1 jam|||5|2",
                "K|Menetapkan SK pensiun secara elektronik|Direktur Pensiun PNS dan Pejabat Negara||1 hari|SK pensiun",
                "S|Mengirim SK kepada PT Taspen|Pengadministrasi Kepegawaian||1 hari|Tanda terima",
            ]),
        new("PUS-SISREK", "Penjawaban Tiket Helpdesk SSCN",
            Dasar + "\nPeraturan Menteri PANRB tentang Pengadaan CPNS", "Tiket yang tidak dijawab dalam 2x24 jam menumpuk dan menghambat pendaftaran pelamar.",
            "Memahami alur pendaftaran SSCN dan kebijakan pengadaan CPNS.", "Komputer, aplikasi helpdesk SSCN, jaringan internet.", "Aplikasi helpdesk (nomor tiket, riwayat jawaban).", "",
            [
                "M|Mengirim pertanyaan melalui formulir helpdesk SSCN|Pelamar|NIK, nomor KK, uraian masalah|10 menit|Tiket",
                "K|Menerima tiket dan menentukan kewenangan|Operator Helpdesk SSCN|Tiket|2 jam|Tiket diterima",
                "D|Kewenangan BKN?|Operator Helpdesk SSCN||10 menit|||5|4",
                "K|Meneruskan tiket kepada instansi terkait|Operator Helpdesk SSCN||30 menit|Tiket diteruskan||6",
                "K|Memproses dan menyusun jawaban|Operator Helpdesk SSCN||1 hari|Konsep jawaban",
                "K|Menyampaikan jawaban kepada pelamar|Operator Helpdesk SSCN|Jawaban|1 jam|Jawaban terkirim|Paling lambat 2x24 jam",
                "S|Menutup tiket|Operator Helpdesk SSCN||5 menit|Tiket ditutup",
            ]),
        new("BIRO-HUMAS", "Publikasi Siaran Pers",
            Dasar + "\nUndang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik", "Siaran pers yang belum disetujui tidak boleh dipublikasikan.",
            "Mampu menulis berita; memahami kebijakan BKN.", "Komputer, CMS situs BKN, media sosial resmi.", "Arsip siaran pers, CMS.", "",
            [
                "M|Mengumpulkan bahan berita dari unit kerja|Penulis Siaran Pers||1 hari|Bahan berita",
                "K|Menulis konsep siaran pers|Penulis Siaran Pers|Bahan berita|1 hari|Konsep siaran pers",
                "K|Menyunting konsep siaran pers|Editor Humas|Konsep|2 jam|Konsep tersunting",
                "D|Disetujui Kepala Bagian?|Kepala Bagian Publikasi||1 jam|||5|2",
                "K|Menerbitkan siaran pers di situs dan media sosial|Editor Humas|Siaran pers disetujui|1 jam|Siaran pers terbit",
                "S|Melaporkan publikasi kepada Kepala Biro|Kepala Bagian Publikasi||30 menit|Laporan",
            ]),
        new("DIT-PSIK", "Pemberian Akses Web Service kepada Instansi",
            Dasar, "Akses hanya dari alamat IP yang didaftarkan.", "Memahami integrasi sistem dan keamanan informasi.", "Server, komputer, jaringan.", "Register klien web service.", "",
            [
                "M|Menerima permohonan akses web service dari instansi|Instansi Pengusul|Surat permohonan, alamat IP publik|1 hari|Permohonan teragenda",
                "K|Memeriksa kesiapan IP publik instansi|Pranata Komputer||1 hari|Hasil pemeriksaan",
                "D|IP publik siap?|Pranata Komputer||30 menit|||5|4",
                "K|Mendampingi penyiapan IP publik instansi|Pranata Komputer||5 hari|Catatan koordinasi||2",
                "K|Membuat klien training dan menguji koneksi|Pranata Komputer||1 hari|Klien training",
                "K|Menyetujui akses production|Kepala Subdirektorat||1 hari|Persetujuan",
                "S|Mengirim kredensial production kepada instansi|Pranata Komputer||1 jam|Kredensial terkirim",
            ]),
        new("PUS-KONSBANKUM", "Layanan Konsultasi Hukum Kepegawaian",
            Dasar, "Jawaban konsultasi bukan putusan hukum.", "Memahami peraturan kepegawaian.", "Komputer, ruang konsultasi.", "Buku tamu, register konsultasi.", "",
            [
                "M|Menerima permohonan konsultasi|Pengadministrasi Umum|Surat atau formulir konsultasi|30 menit|Permohonan teragenda",
                "K|Menelaah permasalahan hukum|Analis Kepegawaian||2 hari|Telaahan",
                "K|Memeriksa telaahan|Kepala Bidang||1 hari|Telaahan diperiksa",
                "K|Menandatangani surat jawaban|Kepala Pusat||1 hari|Surat jawaban",
                "S|Mengirim jawaban kepada pemohon|Pengadministrasi Umum||1 jam|Tanda terima",
            ]),
        new("DIT-KINERJA", "Penyusunan Pedoman Penilaian Kinerja ASN",
            Dasar + "\nPeraturan Pemerintah Nomor 46 Tahun 2011 tentang Penilaian Prestasi Kerja PNS", "Pedoman berlaku setelah ditetapkan Kepala BKN.",
            "Memahami manajemen kinerja ASN.", "Komputer, ruang rapat.", "Arsip konsep pedoman.", "",
            [
                "M|Mengumpulkan bahan dan masukan instansi|Analis Kepegawaian||2 minggu|Bahan kajian",
                "K|Menyusun konsep pedoman|Analis Kepegawaian||1 bulan|Konsep pedoman",
                "K|Membahas konsep bersama Kepala Subdirektorat|Kepala Subdirektorat||1 minggu|Notulen",
                "D|Konsep disetujui Direktur?|Direktur||3 hari|||5|2",
                "S|Menyampaikan konsep kepada Direktorat Peraturan Perundang-undangan|Pengadministrasi Kepegawaian||1 hari|Surat pengantar",
            ]),
        new("DIT-PDIK", "Pemutakhiran Data Mandiri PNS",
            Dasar, "Data yang diubah harus didukung dokumen sah.", "Mampu mengoperasikan SAPK.", "Komputer, SAPK.", "Log pemutakhiran SAPK.", "",
            [
                "M|Menerima usul pemutakhiran data dari instansi|Instansi Pengusul|Dokumen pendukung|1 hari|Usul teragenda",
                "K|Memverifikasi dokumen pendukung|Pengelola Data Kepegawaian||1 hari|Hasil verifikasi",
                "D|Dokumen sah?|Pengelola Data Kepegawaian||30 menit|||5|4",
                "S|Menolak usul disertai alasan|Pengelola Data Kepegawaian||1 jam|Penolakan",
                "K|Memutakhirkan data di SAPK|Pengelola Data Kepegawaian||1 jam|Data mutakhir",
                "S|Memberitahukan hasil kepada instansi|Pengadministrasi Kepegawaian||1 jam|Pemberitahuan",
            ]),
        new("INSPEKTORAT", "Audit Kinerja Unit Kerja",
            Dasar + "\nPeraturan Pemerintah Nomor 60 Tahun 2008 tentang SPIP", "Temuan audit wajib ditindaklanjuti dalam 60 hari.", "Auditor bersertifikat.", "Komputer, kertas kerja audit.", "Kertas kerja, laporan hasil audit.", "",
            [
                "M|Menyusun program kerja audit|Auditor Madya||1 minggu|PKA",
                "K|Melaksanakan audit di unit kerja|Auditor Muda||2 minggu|Kertas kerja audit",
                "K|Menyusun konsep laporan hasil audit|Auditor Pertama||1 minggu|Konsep LHA",
                "D|Konsep LHA disetujui Inspektur?|Inspektur||3 hari|||5|3",
                "S|Menyampaikan LHA kepada unit kerja|Kepala Subbagian Tata Usaha||1 hari|LHA terkirim",
            ]),
        new("DIT-KOMPENSASI", "Pertimbangan Teknis Gaji dan Tunjangan",
            Dasar + "\nPeraturan Pemerintah tentang Gaji PNS", "Kesalahan perhitungan berakibat kelebihan atau kekurangan bayar.", "Memahami peraturan gaji PNS.", "Komputer, SAPK.", "Arsip pertimbangan.", "",
            [
                "M|Menerima permohonan pertimbangan gaji|Instansi Pengusul|Surat permohonan, SK terakhir|1 hari|Permohonan teragenda",
                "K|Menelaah dan menghitung gaji|Analis Kepegawaian||2 hari|Telaahan",
                "K|Memaraf konsep jawaban|Kepala Seksi||1 hari|Konsep berparaf",
                "K|Menandatangani surat pertimbangan|Direktur||1 hari|Surat pertimbangan",
                "S|Mengirim surat kepada instansi|Pengadministrasi Kepegawaian||1 hari|Tanda terima",
            ]),
    ];
}
