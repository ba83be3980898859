using System.Text.Json.Nodes;
using Bkn.Cms.ContentManagement;

namespace Bkn.Cms.Humas.Models;

/// <summary>The Humas content types, defined in code so indexes and views can rely on their fields.</summary>
public sealed class HumasContentDefinitions : IContentDefinitionProvider
{
    private static readonly ContentTypeSettings Editorial = new() { Creatable = true, Listable = true, Draftable = true, Versionable = true };

    public IEnumerable<ContentTypeDefinition> GetTypeDefinitions()
    {
        yield return new ContentTypeDefinition(HumasTypes.Berita, "Berita", Editorial, [.. NewsParts(HumasTypes.Berita, [])]);
        yield return new ContentTypeDefinition(HumasTypes.SiaranPers, "Siaran Pers", Editorial, [.. NewsParts(HumasTypes.SiaranPers,
        [
            new ContentFieldDefinition(NewsFields.NomorRilis, "TextField", "Nomor siaran pers") { Required = true, Settings = new JsonObject { ["Hint"] = "Contoh: 12/HM/2017" } },
            new ContentFieldDefinition(NewsFields.Narahubung, "TextField", "Narahubung") { Required = true },
        ])]);
        yield return new ContentTypeDefinition(HumasTypes.Peraturan, "Peraturan", Editorial,
        [
            Part("TitlePart"),
            Part("AutoroutePart"),
            new ContentTypePartDefinition(HumasTypes.Peraturan, HumasTypes.Peraturan,
            [
                Choice(RegulationFields.Jenis, "Jenis/bentuk peraturan", RegulationFields.JenisOptions, required: true),
                new ContentFieldDefinition(RegulationFields.Singkatan, "TextField", "Singkatan jenis"),
                new ContentFieldDefinition(RegulationFields.Nomor, "TextField", "Nomor") { Required = true },
                new ContentFieldDefinition(RegulationFields.Tahun, "NumericField", "Tahun") { Required = true },
                new ContentFieldDefinition(RegulationFields.TipeDokumen, "TextField", "Tipe dokumen"),
                new ContentFieldDefinition(RegulationFields.TeuBadan, "TextField", "T.E.U. badan"),
                new ContentFieldDefinition(RegulationFields.TempatPenetapan, "TextField", "Tempat penetapan"),
                new ContentFieldDefinition(RegulationFields.TanggalPenetapan, "DateField", "Tanggal penetapan"),
                new ContentFieldDefinition(RegulationFields.TanggalPengundangan, "DateField", "Tanggal pengundangan"),
                new ContentFieldDefinition(RegulationFields.Sumber, "TextField", "Sumber"),
                new ContentFieldDefinition(RegulationFields.Subjek, "TextField", "Subjek"),
                Choice(RegulationFields.Status, "Status", RegulationFields.StatusOptions, required: true),
                new ContentFieldDefinition(RegulationFields.Bahasa, "TextField", "Bahasa"),
                new ContentFieldDefinition(RegulationFields.Lokasi, "TextField", "Lokasi"),
                new ContentFieldDefinition(RegulationFields.BidangHukum, "TextField", "Bidang hukum"),
                new ContentFieldDefinition(RegulationFields.Abstrak, "MultiTextField", "Abstrak"),
                Picker(RegulationFields.Mengubah, "Mengubah peraturan"),
                Picker(RegulationFields.Mencabut, "Mencabut peraturan"),
            ]),
            PdfAttachments(),
            Part("BodyPart"),
            Part("TermsPart"),
            Part("SeoPart"),
            Part("PublishLaterPart"),
            Part("UnpublishLaterPart"),
            Part(nameof(EditorialPart)),
        ]);
        yield return new ContentTypeDefinition(HumasTypes.InformasiPublik, "Informasi Publik", new ContentTypeSettings(),
        [
            Part("TitlePart"),
            Part("AutoroutePart"),
            new ContentTypePartDefinition(HumasTypes.InformasiPublik, HumasTypes.InformasiPublik,
            [
                Choice(PublicInformationFields.Kategori, "Kategori informasi", PublicInformationFields.Categories, required: true),
                new ContentFieldDefinition(PublicInformationFields.Nomor, "TextField", "Nomor"),
                new ContentFieldDefinition(PublicInformationFields.Ringkasan, "MultiTextField", "Ringkasan isi informasi") { Required = true },
                new ContentFieldDefinition(PublicInformationFields.PenguasaInformasi, "TextField", "Pejabat/unit penguasa informasi") { Required = true },
                new ContentFieldDefinition(PublicInformationFields.PenanggungJawab, "TextField", "Penanggung jawab pembuatan/penerbitan informasi"),
                new ContentFieldDefinition(PublicInformationFields.WaktuPembuatan, "TextField", "Waktu pembuatan"),
                new ContentFieldDefinition(PublicInformationFields.TempatPembuatan, "TextField", "Tempat pembuatan"),
                Choice(PublicInformationFields.Bentuk, "Bentuk informasi", PublicInformationFields.BentukOptions, required: false),
                new ContentFieldDefinition(PublicInformationFields.JangkaWaktuPenyimpanan, "TextField", "Jangka waktu penyimpanan"),
                new ContentFieldDefinition(PublicInformationFields.Tautan, "LinkField", "Tautan dokumen"),
            ]),
            PdfAttachments(),
            Part("BodyPart"),
            Part("SeoPart"),
        ]);
        yield return new ContentTypeDefinition(HumasTypes.Layanan, "Layanan", new ContentTypeSettings(),
        [
            Part("TitlePart"),
            Part("AutoroutePart"),
            new ContentTypePartDefinition(HumasTypes.Layanan, HumasTypes.Layanan,
            [
                Choice(ServiceFields.Loket, "Loket PKT", ServiceFields.Counters, required: true),
                new ContentFieldDefinition(ServiceFields.Ringkasan, "MultiTextField", "Ringkasan layanan"),
                new ContentFieldDefinition(ServiceFields.Persyaratan, "MultiTextField", "Persyaratan") { Required = true },
                new ContentFieldDefinition(ServiceFields.Prosedur, "MultiTextField", "Sistem, mekanisme dan prosedur") { Required = true },
                new ContentFieldDefinition(ServiceFields.Waktu, "TextField", "Waktu penyelesaian") { Required = true },
                new ContentFieldDefinition(ServiceFields.Biaya, "TextField", "Biaya/tarif") { Required = true },
                new ContentFieldDefinition(ServiceFields.Produk, "TextField", "Produk layanan") { Required = true },
                new ContentFieldDefinition(ServiceFields.Pengaduan, "MultiTextField", "Penanganan pengaduan, saran dan masukan") { Required = true },
            ]),
            Part("BodyPart"),
            Part("SeoPart"),
        ]);
    }

    private static IEnumerable<ContentTypePartDefinition> NewsParts(string type, IReadOnlyList<ContentFieldDefinition> extra)
    {
        yield return Part("TitlePart");
        yield return Part("AutoroutePart");
        yield return new ContentTypePartDefinition(type, type,
        [
            new ContentFieldDefinition(NewsFields.Ringkasan, "MultiTextField", "Ringkasan") { Required = true },
            new ContentFieldDefinition(NewsFields.Tanggal, "DateField", "Tanggal berita"),
            new ContentFieldDefinition(NewsFields.Gambar, "MediaField", "Gambar utama") { Settings = new JsonObject { ["ImagesOnly"] = true } },
            new ContentFieldDefinition(NewsFields.Unit, "TextField", "Unit penyusun"),
            .. extra,
            new ContentFieldDefinition(NewsFields.TeksMedsos, "MultiTextField", "Versi media sosial (maks. 280 karakter)") { Settings = new JsonObject { ["Hint"] = "Pratinjau dan tombol salin ada di bagian Alur redaksi." } },
            new ContentFieldDefinition(NewsFields.TeksWhatsApp, "MultiTextField", "Versi WhatsApp (teks polos)") { Settings = new JsonObject { ["Hint"] = "Teks polos; *tebal* dan _miring_ gaya WhatsApp boleh dipakai." } },
        ]);
        yield return Part("BodyPart");
        yield return Part("TermsPart");
        yield return Part("SeoPart");
        yield return Part("PublishLaterPart");
        yield return Part("UnpublishLaterPart");
        yield return Part(nameof(EditorialPart));
    }

    private static ContentTypePartDefinition Part(string name) => new(name, name, []);

    private static ContentTypePartDefinition PdfAttachments() =>
        new("AttachmentsPart", "AttachmentsPart", []) { Settings = new JsonObject { ["Accept"] = new JsonArray(JsonValue.Create("pdf")) } };

    private static ContentFieldDefinition Choice(string name, string displayName, IEnumerable<string> options, bool required) =>
        new(name, "EnumerationField", displayName)
        {
            Required = required,
            Settings = new JsonObject { ["Options"] = new JsonArray([.. options.Select(o => (JsonNode?)JsonValue.Create(o))]) },
        };

    private static ContentFieldDefinition Picker(string name, string displayName) =>
        new(name, "ContentPickerField", displayName)
        {
            Settings = new JsonObject
            {
                ["DisplayedContentTypes"] = new JsonArray(JsonValue.Create(HumasTypes.Peraturan)),
                ["Multiple"] = true,
            },
        };
}
