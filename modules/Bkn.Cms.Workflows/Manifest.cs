using Bkn.Cms.Modules;

[assembly: Module("Bkn.Cms.Workflows", "Alur Kerja", Description = "Alur kerja berversi: peristiwa konten, pengguna, pewaktu dan sinyal memulai atau melanjutkan instans yang menjalankan tugas (skrip, templat, notifikasi, surel, konten).", Category = "Konten")]
[assembly: Feature("Bkn.Cms.Workflows", "Alur Kerja", Description = "Alur kerja berversi: peristiwa konten, pengguna, pewaktu dan sinyal memulai atau melanjutkan instans yang menjalankan tugas (skrip, templat, notifikasi, surel, konten).", Category = "Konten")]
