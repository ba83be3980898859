using Bkn.Cms.AuditTrail;
using Bkn.Cms.Modules;

[assembly: Module(AuditTrailFeature.Id, "Jejak Audit", Description = "Mencatat siapa melakukan apa dan kapan: peristiwa konten, masuk/keluar, peran dan fitur; dapat disaring dan diekspor.", Category = "Keamanan")]
[assembly: Feature(AuditTrailFeature.Id, "Jejak Audit", Description = "Mencatat siapa melakukan apa dan kapan: peristiwa konten, masuk/keluar, peran dan fitur; dapat disaring dan diekspor.", Category = "Keamanan")]
