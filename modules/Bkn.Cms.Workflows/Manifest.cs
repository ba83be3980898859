using Bkn.Cms.Modules;
using Bkn.Cms.Workflows;

[assembly: Module(WorkflowsFeature.Id, "Alur Kerja", Description = "Alur kerja berversi: peristiwa konten, pengguna, pewaktu dan sinyal memulai atau melanjutkan instans yang menjalankan tugas (skrip, templat, notifikasi, surel, konten).", Category = "Konten")]
[assembly: Feature(WorkflowsFeature.Id, "Alur Kerja", Description = "Alur kerja berversi: peristiwa konten, pengguna, pewaktu dan sinyal memulai atau melanjutkan instans yang menjalankan tugas (skrip, templat, notifikasi, surel, konten).", Category = "Konten")]
