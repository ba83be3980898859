using Bkn.Cms.Agencies.Api;
using Bkn.Cms.Agencies.Recipes;
using Bkn.Cms.Agencies.Services;
using Bkn.Cms.Modules;
using Bkn.Cms.Navigation;
using Bkn.Cms.Recipes;
using Bkn.Cms.Security;
using Bkn.Cms.State;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Agencies;

/// <summary>Registers the registry, own-agency scope, personnel records, admin pages and the API; all gated with the feature.</summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
        services.AddSingleton<AgencyDirectory>();
        services.AddSingleton<IAgencyDirectory>(provider => provider.GetRequiredService<AgencyDirectory>());
        services.AddSingleton<IStampedCache>(provider => provider.GetRequiredService<AgencyDirectory>());
        services.AddSingleton<IOutsideUnitMembership>(provider => provider.GetRequiredService<AgencyDirectory>());
        services.AddScoped<IAgencyScopeService, AgencyScopeService>();
        services.AddScoped<IPersonnelRecords, PersonnelRecords>();
        services.AddScoped<PersonnelSampleGenerator>();
        services.AddSingleton<PersonnelImportReports>();
        services.AddScoped<AgencyUsers>();
        services.AddScoped<AgencyRegistry>();
        services.AddScoped<IAgencyIntegration, AgencyIntegration>();
        services.AddScoped<IRecipeStep, AgenciesStep>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => AgenciesApi.Map(endpoints);
}
