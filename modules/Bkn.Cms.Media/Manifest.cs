using Bkn.Cms.Media;
using Bkn.Cms.Modules;

[assembly: Module(MediaFeature.Id, "Media", Description = "Pustaka media: folder, unggah gambar dan PDF yang diperiksa isinya, teks alternatif, penggunaan, penyajian dengan cache.", Category = "Konten")]
[assembly: Feature(MediaFeature.Id, "Media", Description = "Pustaka media: folder, unggah gambar dan PDF yang diperiksa isinya, teks alternatif, penggunaan, penyajian dengan cache.", Category = "Konten")]
