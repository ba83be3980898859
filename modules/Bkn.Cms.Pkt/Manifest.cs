using Bkn.Cms.Modules;
using Bkn.Cms.Pkt;

[assembly: Module(PktFeature.Id, "Pelayanan Kepegawaian Terpadu", Description = "Antrean loket PKT: anjungan ambil nomor, konsol petugas, layar panggilan, catatan kasus, survei kepuasan (SKM) dan laporan.", Category = "Layanan")]
[assembly: Feature(PktFeature.Id, "Pelayanan Kepegawaian Terpadu", Description = "Antrean loket PKT: anjungan ambil nomor, konsol petugas, layar panggilan, catatan kasus, survei kepuasan (SKM) dan laporan.", Category = "Layanan", UnitScoped = true, Dependencies = ["Bkn.Cms.Contents", "Bkn.Cms.Humas"])]
