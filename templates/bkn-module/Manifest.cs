using Bkn.Cms.ModulContoh;
using Bkn.Cms.Modules;

[assembly: Module(ModulContohFeature.Id, "Nama Tampilan Contoh", Description = "Modul Nama Tampilan Contoh: tipe konten, tabel indeks, halaman publik dan tugas alur kerja.", Category = "Konten")]
[assembly: Feature(ModulContohFeature.Id, "Nama Tampilan Contoh", Description = "Modul Nama Tampilan Contoh: tipe konten, tabel indeks, halaman publik dan tugas alur kerja.", Category = "Konten", Dependencies = ["Bkn.Cms.Contents"])]
