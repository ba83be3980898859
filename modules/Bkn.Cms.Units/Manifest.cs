using Bkn.Cms.Modules;

[assembly: Module("Bkn.Cms.Units", "Unit Kerja", Description = "Pohon unit kerja dan pengaturan fitur per unit.", Category = "Konfigurasi")]
[assembly: Feature("Bkn.Cms.Units", "Unit Kerja", Description = "Pohon unit kerja dan pengaturan fitur per unit.", Category = "Konfigurasi", AlwaysEnabled = true)]
