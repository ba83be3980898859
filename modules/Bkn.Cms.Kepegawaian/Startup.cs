using Bkn.Cms.Kepegawaian.Activities;
using Bkn.Cms.Kepegawaian.Api;
using Bkn.Cms.Kepegawaian.Recipes;
using Bkn.Cms.Kepegawaian.Rules;
using Bkn.Cms.Kepegawaian.Services;
using Bkn.Cms.Modules;
using Bkn.Cms.Navigation;
using Bkn.Cms.Recipes;
using Bkn.Cms.Security;
using Bkn.Cms.Workflows;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Kepegawaian;

/// <summary>Registers what the module adds; everything registered here belongs to its feature and is gated with it.</summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
        services.AddSingleton(sp =>
        {
            var options = new KpoOptions();
            sp.GetRequiredService<IConfiguration>().GetSection(KpoOptions.Section).Bind(options);
            return options;
        });
        services.AddSingleton<KpoRules>();
        services.AddScoped<Bkn.Cms.Pkt.IPktCaseLinkSource, PktDossierLinks>(); // the visitor's dossiers in the PKT counter console
        services.AddSingleton<PeriodCalendar>();
        services.AddSingleton<KpoFileStore>();
        services.AddScoped<NominativeGenerator>();
        services.AddScoped<ReconciliationService>();
        services.AddScoped<UsulanService>();
        services.AddScoped<KpoQueries>();
        services.AddScoped<Bkn.Cms.Agencies.IProposalStatusLookup, ProposalStatusLookup>();
        services.AddScoped<IRecipeStep, KpoSampleStep>();
        services.AddWorkflowActivity<KpoUsulanSubmittedEvent>();
        services.AddWorkflowActivity<KpoUsulanDecidedEvent>();
        services.AddWorkflowActivity<KpoCheckStepTask>();
        services.AddWorkflowActivity<KpoNotifyAgencyTask>();
        services.AddWorkflowActivity<GenerateKpoNominativeListsTask>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => KpoApi.Map(endpoints);
}
