using Bkn.Cms.ContentManagement;
using Bkn.Cms.Humas.Activities;
using Bkn.Cms.Humas.Api;
using Bkn.Cms.Humas.Handlers;
using Bkn.Cms.Humas.Indexes;
using Bkn.Cms.Humas.Models;
using Bkn.Cms.Humas.Navigation;
using Bkn.Cms.Humas.Services;
using Bkn.Cms.Modules;
using Bkn.Cms.Navigation;
using Bkn.Cms.Security;
using Bkn.Cms.State;
using Bkn.Cms.Workflows;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Humas;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
        services.AddSingleton<IPublicNavigationProvider, HumasPublicNavigation>();
        services.AddScoped<IHomeBlockProvider, HumasHomeBlockProvider>();
        services.AddSingleton<IContentDefinitionProvider, HumasContentDefinitions>();
        services.AddScoped<Bkn.Cms.Recipes.IRecipeStep, Recipes.RegulationDocumentsStep>();
        services.AddSingleton(new ContentPartDescriptor(nameof(EditorialPart), typeof(EditorialPart), "Alur redaksi", "Naskah ditinjau editor kedua sebelum terbit; dapat ditarik dengan pemberitahuan.") { EditorView = "Parts/EditorialPart.Edit" });
        services.AddScoped<IContentHandler, HumasPathHandler>();
        services.AddSingleton<Bkn.Cms.Search.IContentIndexContributor, Search.HumasIndexContributor>();
        services.AddScoped<IContentHandler, HumasValidationHandler>();
        services.AddScoped<IContentHandler, EditorialHandler>();
        services.AddScoped<IContentHandler, PublicCacheHandler>();
        services.AddScoped<IContentIndexProvider, PublicationIndexProvider>();
        services.AddScoped<EditorialContext>();
        services.AddScoped<EditorialService>();
        services.AddWorkflowActivity<EditorialActionEvent>();
        services.AddWorkflowActivity<NotifyEditorialTask>();
        services.AddScoped<PublicationQueries>();
        services.AddScoped<PublicImages>();
        services.AddSingleton<PublicContentCache>();
        services.AddSingleton<IStampedCache>(sp => sp.GetRequiredService<PublicContentCache>());
        services.AddSingleton<IStampedCache>(sp => new PublicCacheStampFollower(StampNames.Settings, sp.GetRequiredService<IOutputCacheStore>()));
        services.AddSingleton<IStampedCache>(sp => new PublicCacheStampFollower(StampNames.Features, sp.GetRequiredService<IOutputCacheStore>()));
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        JdihnApi.Map(endpoints);

        // The baseline of the public-page benchmark (tests/Bkn.Cms.Benchmarks/public-pages.sh): a constant string through
        // the same middleware pipeline. Mapped only when Benchmarks:BareEndpoint is true.
        if (endpoints.ServiceProvider.GetRequiredService<IConfiguration>().GetValue("Benchmarks:BareEndpoint", false))
        {
            endpoints.MapGet("/_bench/bare", () => "BKN");
        }
    }
}
