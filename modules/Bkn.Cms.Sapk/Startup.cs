using Bkn.Cms.Background;
using Bkn.Cms.Modules;
using Bkn.Cms.Navigation;
using Bkn.Cms.Recipes;
using Bkn.Cms.Sapk.Api;
using Bkn.Cms.Sapk.Navigation;
using Bkn.Cms.Sapk.Recipes;
using Bkn.Cms.Sapk.Services;
using Bkn.Cms.Security;
using Bkn.Cms.State;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Bkn.Cms.Sapk;

/// <summary>Registers what the module adds; everything registered here belongs to its feature and is gated with it.</summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddOptions<SapkOptions>().BindConfiguration(SapkOptions.Section);
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
        services.AddSingleton<IPublicNavigationProvider, SapkPublicNavigation>();
        services.AddScoped<IHomeBlockProvider, SapkHomeBlockProvider>();
        services.AddSingleton<SapkPublicCache>();
        services.AddSingleton<IStampedCache>(sp => sp.GetRequiredService<SapkPublicCache>());
        services.AddSingleton<SapkSummaryCache>();
        services.AddSingleton<IStampedCache>(sp => sp.GetRequiredService<SapkSummaryCache>());
        services.AddScoped<SapkFigureStore>();
        services.AddScoped<SapkImportService>();
        services.AddScoped<SapkDashboard>();
        services.AddScoped<SapkPuller>();
        services.AddScoped<IRecipeStep, SapkSampleStep>();
        services.AddSingleton<IBackgroundTask, SapkPullTask>();
        services.AddTransient<SapkAttemptCounter>();

        // The pull's HTTP client: a total timeout, then retries with exponential back-off and jitter, each attempt with
        // its own timeout; the counter inside the pipeline records how many attempts a run made.
        services.AddHttpClient(SapkPuller.ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .AddResilienceHandler("sapk-pull", (builder, context) =>
            {
                var pull = context.ServiceProvider.GetRequiredService<IOptions<SapkOptions>>().Value.Pull;
                var attempts = pull.Retries + 1;
                var total = TimeSpan.FromTicks(pull.AttemptTimeout.Ticks * attempts) + TimeSpan.FromTicks(pull.RetryDelay.Ticks * (1L << Math.Min(attempts, 10)));
                builder.AddTimeout(total);
                if (pull.Retries > 0)
                {
                    builder.AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = pull.Retries,
                        Delay = pull.RetryDelay,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                    });
                }

                builder.AddTimeout(pull.AttemptTimeout);
            })
            .Services.AddHttpClient(SapkPuller.ClientName).AddHttpMessageHandler<SapkAttemptCounter>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => SapkApi.Map(endpoints);
}
