using Bkn.Cms.Modules;
using Bkn.Cms.Units;

[assembly: Module(UnitsFeature.Id, "Unit Kerja", Description = "Pohon unit kerja dan pengaturan fitur per unit.", Category = "Konfigurasi")]
[assembly: Feature(UnitsFeature.Id, "Unit Kerja", Description = "Pohon unit kerja dan pengaturan fitur per unit.", Category = "Konfigurasi", AlwaysEnabled = true)]
