using Bkn.Cms.Modules;
using Bkn.Cms.Navigation;
using Bkn.Cms.Recipes;
using Bkn.Cms.Search;
using Bkn.Cms.Security;
using Bkn.Cms.Sop.Activities;
using Bkn.Cms.Sop.Api;
using Bkn.Cms.Sop.Navigation;
using Bkn.Cms.Sop.Recipes;
using Bkn.Cms.Sop.Services;
using Bkn.Cms.Workflows;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Sop;

/// <summary>Registers what the module adds; everything registered here belongs to its feature and is gated with it.</summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
        services.AddSingleton<IPublicNavigationProvider, SopPublicNavigation>();
        services.AddScoped<SopService>();
        services.AddScoped<SopWorkflow>();
        services.AddScoped<SopQueries>();
        services.AddScoped<SopReviewService>();
        services.AddScoped<SopRegisterImport>();
        services.AddScoped<ISearchDocumentSource, SopSearchSource>();
        services.AddScoped<SopRegulations>();
        services.AddWorkflowActivity<SopReviewSweepTask>();
        services.AddWorkflowActivity<SopLifecycleEvent>();
        services.AddWorkflowActivity<SopStatusTask>();
        services.AddWorkflowActivity<SopNotifyTask>();
        services.AddScoped<IRecipeStep, SopStep>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => SopApi.Map(endpoints);
}
