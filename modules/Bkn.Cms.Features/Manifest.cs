using Bkn.Cms.Modules;

[assembly: Module("Bkn.Cms.Features", "Fitur", Description = "Mengaktifkan dan menonaktifkan fitur modul beserta ketergantungannya.", Category = "Konfigurasi")]
[assembly: Feature("Bkn.Cms.Features", "Fitur", Description = "Mengaktifkan dan menonaktifkan fitur modul beserta ketergantungannya.", Category = "Konfigurasi", AlwaysEnabled = true)]
