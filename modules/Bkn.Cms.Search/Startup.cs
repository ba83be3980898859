using Bkn.Cms.Background;
using Bkn.Cms.ContentManagement;
using Bkn.Cms.Data;
using Bkn.Cms.Modules;
using Bkn.Cms.Navigation;
using Bkn.Cms.Recipes;
using Bkn.Cms.Search.Api;
using Bkn.Cms.Search.Indexing;
using Bkn.Cms.Search.Navigation;
using Bkn.Cms.Search.Recipes;
using Bkn.Cms.Search.Services;
using Bkn.Cms.Security;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Search;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
        services.AddSingleton<IPublicNavigationProvider, SearchPublicNavigation>();
        services.AddSingleton<SearchIndexManager>();
        services.AddSingleton<SearchService>();
        services.AddSingleton(sp => SearchTimeBudget.FromConfiguration(sp.GetRequiredService<IConfiguration>()));
        services.AddOptions<RateLimiterOptions>().Configure(options => options.AddPolicy<string, SearchRateLimitPolicy>(SearchRateLimitPolicy.Name));
        services.AddScoped<SearchDocumentFactory>();
        services.AddScoped<SearchIndexDefinitions>();
        services.AddScoped<IContentSearch, ContentSearch>();
        services.AddScoped<IRecipeStep, SearchIndexesStep>();
        services.AddSingleton<IBackgroundTask, SearchIndexingTask>();

        // A factory registration is not tied to the feature: changes are logged even while search is switched off,
        // so switching it back on catches up instead of serving a stale index.
        services.AddScoped<IContentIndexProvider>(_ => new IndexingTaskProvider());
        services.AddSingleton<ICommitParticipant>(sp => new IndexingTaskCommitParticipant(sp.GetRequiredService<TimeProvider>()));
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => SearchApi.Map(endpoints);
}
