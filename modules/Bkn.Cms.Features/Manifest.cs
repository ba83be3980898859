using Bkn.Cms.Features;
using Bkn.Cms.Modules;

[assembly: Module(FeaturesFeature.Id, "Fitur", Description = "Mengaktifkan dan menonaktifkan fitur modul beserta ketergantungannya.", Category = "Konfigurasi")]
[assembly: Feature(FeaturesFeature.Id, "Fitur", Description = "Mengaktifkan dan menonaktifkan fitur modul beserta ketergantungannya.", Category = "Konfigurasi", AlwaysEnabled = true)]
