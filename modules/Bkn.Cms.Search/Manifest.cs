using Bkn.Cms.Modules;
using Bkn.Cms.Search;

[assembly: Module(SearchFeature.Id, "Pencarian", Description = "Pencarian teks lengkap (Lucene) untuk situs publik (/cari), API dan daftar konten admin; indeks per node yang selalu dapat dibangun ulang dari basis data.", Category = "Konten")]
[assembly: Feature(SearchFeature.Id, "Pencarian", Description = "Pencarian teks lengkap (Lucene) untuk situs publik (/cari), API dan daftar konten admin; indeks per node yang selalu dapat dibangun ulang dari basis data.", Category = "Konten", Dependencies = ["Bkn.Cms.Contents"])]
