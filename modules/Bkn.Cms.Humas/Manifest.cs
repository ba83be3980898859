using Bkn.Cms.Modules;

[assembly: Module("Bkn.Cms.Humas", "Situs Humas", Description = "Berita, siaran pers, peraturan (JDIH), informasi publik dan layanan di situs publik, dengan alur redaksi, umpan RSS, peta situs dan umpan JDIHN.", Category = "Konten")]
[assembly: Feature("Bkn.Cms.Humas", "Situs Humas", Description = "Berita, siaran pers, peraturan (JDIH), informasi publik dan layanan di situs publik, dengan alur redaksi, umpan RSS, peta situs dan umpan JDIHN.", Category = "Konten", Dependencies = ["Bkn.Cms.Contents"])]
