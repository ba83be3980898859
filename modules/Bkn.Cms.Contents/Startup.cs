using Bkn.Cms.Background;
using Bkn.Cms.ContentManagement;
using Bkn.Cms.Contents.Api;
using Bkn.Cms.Contents.Editors;
using Bkn.Cms.Contents.Fields;
using Bkn.Cms.Contents.Handlers;
using Bkn.Cms.Contents.Indexes;
using Bkn.Cms.Contents.Models;
using Bkn.Cms.Contents.Services;
using Bkn.Cms.Modules;
using Bkn.Cms.Navigation;
using Bkn.Cms.Security;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Contents;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
        services.AddSingleton(new ContentPartDescriptor(nameof(TitlePart), typeof(TitlePart), "Judul", "Judul item; menjadi nama tampilannya.") { EditorView = "Parts/TitlePart.Edit" });
        services.AddSingleton(new ContentPartDescriptor(nameof(BodyPart), typeof(BodyPart), "Isi", "Isi dalam Markdown atau HTML, selalu disaring dari kode berbahaya.") { EditorView = "Parts/BodyPart.Edit" });
        services.AddSingleton(new ContentPartDescriptor(nameof(AutoroutePart), typeof(AutoroutePart), "Alamat", "Alamat publik (slug) dari judul; alamat lama dialihkan.") { EditorView = "Parts/AutoroutePart.Edit" });
        services.AddSingleton(new ContentPartDescriptor(nameof(PublishLaterPart), typeof(PublishLaterPart), "Terbit terjadwal", "Menerbitkan draf terbaru pada waktu yang ditentukan.") { EditorView = "Parts/PublishLaterPart.Edit" });
        services.AddSingleton(new ContentPartDescriptor(nameof(UnpublishLaterPart), typeof(UnpublishLaterPart), "Tarik terjadwal", "Menarik versi terbit pada waktu yang ditentukan.") { EditorView = "Parts/UnpublishLaterPart.Edit" });
        services.AddSingleton(new ContentPartDescriptor(nameof(TaxonomyPart), typeof(TaxonomyPart), "Taksonomi", "Menjadikan item sebuah taksonomi: pohon istilah (topik, tag, kategori).") { EditorView = "Parts/TaxonomyPart.Edit" });
        services.AddSingleton(new ContentPartDescriptor(nameof(TermsPart), typeof(TermsPart), "Istilah", "Mengelompokkan item dengan istilah dari taksonomi.") { EditorView = "Parts/TermsPart.Edit" });
        services.AddSingleton(new ContentPartDescriptor(nameof(AttachmentsPart), typeof(AttachmentsPart), "Lampiran", "Berkas PDF dan gambar yang dilampirkan, diperiksa dari isinya.") { EditorView = "Parts/AttachmentsPart.Edit" });
        services.AddScoped<IContentPartFormReader, AttachmentsPartFormReader>();
        services.AddScoped<IContentHandler, TaxonomyPartHandler>();
        services.AddScoped<IContentIndexProvider, TermIndexProvider>();
        services.AddScoped<TaxonomyCatalog>();
        services.AddSingleton(new ContentPartDescriptor(nameof(SeoPart), typeof(SeoPart), "SEO", "Deskripsi untuk mesin pencari dan gambar pratinjau tautan (OpenGraph).") { EditorView = "Parts/SeoPart.Edit" });
        services.AddScoped<IContentHandler, SeoPartHandler>();
        services.AddSingleton<HtmlContentSanitizer>();
        services.AddSingleton<SiteClock>();
        services.AddScoped<IContentHandler, ScheduleHandler>();
        foreach (var field in ContentFields.All)
        {
            services.AddSingleton(field);
        }

        services.AddScoped<IContentHandler, FieldsHandler>();
        services.AddScoped<IContentIndexProvider, ScheduledContentIndexProvider>();
        services.AddSingleton<IBackgroundTask, ScheduledPublishingTask>();
        services.AddScoped<IContentHandler, TitlePartHandler>();
        services.AddScoped<IContentHandler, BodyPartHandler>();
        services.AddScoped<IContentHandler, AutoroutePartHandler>();
        services.AddScoped<IContentIndexProvider, AutorouteIndexProvider>();
        services.AddScoped<ContentAccess>();
        services.AddSingleton<ContentRenderer>();
        services.AddSingleton<IContentRenderer, ContentRenderer>();
        services.AddSingleton<RecipeExporter>();
        services.AddScoped<ContentFormReader>();
        services.AddSingleton<ContentApiBody>();
        services.AddScoped<ContentApiValidator>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => ContentApi.Map(endpoints);
}
