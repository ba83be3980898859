using Bkn.Cms.ContentManagement;
using Bkn.Cms.ModulContoh.Activities;
using Bkn.Cms.ModulContoh.Handlers;
using Bkn.Cms.ModulContoh.Indexes;
using Bkn.Cms.ModulContoh.Models;
using Bkn.Cms.ModulContoh.Navigation;
using Bkn.Cms.Modules;
using Bkn.Cms.Navigation;
using Bkn.Cms.Security;
using Bkn.Cms.Workflows;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.ModulContoh;

/// <summary>Registers what the module adds; everything registered here belongs to its feature and is gated with it.</summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
        services.AddSingleton<IPublicNavigationProvider, ModulContohPublicNavigation>();
        services.AddSingleton<IContentDefinitionProvider, ModulContohContentDefinitions>();
        services.AddSingleton(new ContentPartDescriptor(nameof(ModulContohPart), typeof(ModulContohPart), "Nama Tampilan Contoh", "Ringkasan yang tampil di daftar publik Nama Tampilan Contoh.") { EditorView = "Parts/ModulContohPart.Edit" });
        services.AddScoped<IContentHandler, ModulContohPartHandler>();
        services.AddScoped<IContentIndexProvider, ModulContohIndexProvider>();
        services.AddWorkflowActivity<CountModulContohTask>();
    }
}
