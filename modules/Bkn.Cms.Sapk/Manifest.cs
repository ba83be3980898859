using Bkn.Cms.Modules;
using Bkn.Cms.Sapk;

[assembly: Module(SapkFeature.Id, "Statistik SAPK", Description = "Pengguna dan pemakaian modul SAPK per instansi dan periode: unggah atau tarik data, dasbor, halaman publik dan API.", Category = "Kepegawaian")]
[assembly: Feature(SapkFeature.Id, "Statistik SAPK", Description = "Pengguna dan pemakaian modul SAPK per instansi dan periode: unggah atau tarik data, dasbor, halaman publik dan API.", Category = "Kepegawaian", Dependencies = ["Bkn.Cms.Agencies"])]
