using Bkn.Cms.Humas;
using Bkn.Cms.Modules;

[assembly: Module(HumasFeature.Id, "Situs Humas", Description = "Berita, siaran pers, peraturan (JDIH), informasi publik dan layanan di situs publik, dengan alur redaksi, umpan RSS, peta situs dan umpan JDIHN.", Category = "Konten")]
[assembly: Feature(HumasFeature.Id, "Situs Humas", Description = "Berita, siaran pers, peraturan (JDIH), informasi publik dan layanan di situs publik, dengan alur redaksi, umpan RSS, peta situs dan umpan JDIHN.", Category = "Konten", Dependencies = ["Bkn.Cms.Contents"])]
