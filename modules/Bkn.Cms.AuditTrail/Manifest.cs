using Bkn.Cms.Modules;

[assembly: Module("Bkn.Cms.AuditTrail", "Jejak Audit", Description = "Mencatat siapa melakukan apa dan kapan: peristiwa konten, masuk/keluar, peran dan fitur; dapat disaring dan diekspor.", Category = "Keamanan")]
[assembly: Feature("Bkn.Cms.AuditTrail", "Jejak Audit", Description = "Mencatat siapa melakukan apa dan kapan: peristiwa konten, masuk/keluar, peran dan fitur; dapat disaring dan diekspor.", Category = "Keamanan")]
