using Bkn.Cms.Modules;

[assembly: Module("Bkn.Cms.Search", "Pencarian", Description = "Pencarian teks lengkap (Lucene) untuk situs publik (/cari), API dan daftar konten admin; indeks per node yang selalu dapat dibangun ulang dari basis data.", Category = "Konten")]
[assembly: Feature("Bkn.Cms.Search", "Pencarian", Description = "Pencarian teks lengkap (Lucene) untuk situs publik (/cari), API dan daftar konten admin; indeks per node yang selalu dapat dibangun ulang dari basis data.", Category = "Konten", Dependencies = ["Bkn.Cms.Contents"])]
