using Bkn.Cms.Contents;
using Bkn.Cms.Modules;

[assembly: Module(ContentsFeature.Id, "Konten", Description = "Item konten berversi dengan bagian Judul, Isi dan Alamat (slug), admin konten, tampilan publik dan API konten.", Category = "Konten")]
[assembly: Feature(ContentsFeature.Id, "Konten", Description = "Item konten berversi dengan bagian Judul, Isi dan Alamat (slug), admin konten, tampilan publik dan API konten.", Category = "Konten")]
