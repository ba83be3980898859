using Bkn.Cms.Kepegawaian;
using Bkn.Cms.Modules;

[assembly: Module(KepegawaianFeature.Id, "KPO/PPO Kepegawaian", Description = "Kenaikan pangkat otomatis (KPO) dan penetapan pensiun otomatis (PPO) less paper: daftar nominatif, rekonsiliasi, berkas usulan, verifikasi sampai Pertek.", Category = "Kepegawaian")]
[assembly: Feature(KepegawaianFeature.Id, "KPO/PPO Kepegawaian", Description = "Kenaikan pangkat otomatis (KPO) dan penetapan pensiun otomatis (PPO) less paper: daftar nominatif, rekonsiliasi, berkas usulan, verifikasi sampai Pertek.", Category = "Kepegawaian", Dependencies = ["Bkn.Cms.Contents", "Bkn.Cms.Agencies"])]
