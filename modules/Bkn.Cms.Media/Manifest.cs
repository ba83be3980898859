using Bkn.Cms.Modules;

[assembly: Module("Bkn.Cms.Media", "Media", Description = "Pustaka media: folder, unggah gambar dan PDF yang diperiksa isinya, teks alternatif, penggunaan, penyajian dengan cache.", Category = "Konten")]
[assembly: Feature("Bkn.Cms.Media", "Media", Description = "Pustaka media: folder, unggah gambar dan PDF yang diperiksa isinya, teks alternatif, penggunaan, penyajian dengan cache.", Category = "Konten")]
