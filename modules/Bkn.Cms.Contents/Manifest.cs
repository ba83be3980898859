using Bkn.Cms.Modules;

[assembly: Module("Bkn.Cms.Contents", "Konten", Description = "Item konten berversi dengan bagian Judul, Isi dan Alamat (slug), admin konten, tampilan publik dan API konten.", Category = "Konten")]
[assembly: Feature("Bkn.Cms.Contents", "Konten", Description = "Item konten berversi dengan bagian Judul, Isi dan Alamat (slug), admin konten, tampilan publik dan API konten.", Category = "Konten")]
