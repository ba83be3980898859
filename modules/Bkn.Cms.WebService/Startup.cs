using System.Threading.RateLimiting;
using Bkn.Cms.Data;
using Bkn.Cms.Hosting;
using Bkn.Cms.Modules;
using Bkn.Cms.Navigation;
using Bkn.Cms.Security;
using Bkn.Cms.State;
using Bkn.Cms.WebService.Activities;
using Bkn.Cms.WebService.Api;
using Bkn.Cms.Workflows;
using Bkn.Cms.WebService.Data;
using Bkn.Cms.WebService.Services;
using Bkn.Cms.WebService.Models;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;
using OpenIddict.Server.AspNetCore;
using OpenIddict.Validation.AspNetCore;

namespace Bkn.Cms.WebService;

/// <summary>
/// The web service: OpenIddict (token endpoint, client credentials only; its own validation scheme for /api/ws/v1),
/// the clients, the API, the call audit and the admin pages.
/// </summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
        services.AddSingleton<IModelContributor, WebServiceModelContributor>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddMemoryCache();
        // /api/ws/v1 carries OpenIddict access tokens: the engine's default scheme reads them with OpenIddict's validation
        // instead of first trying them as its own admin bearer tokens (a failed decryption on every call).
        services.Configure<CmsAuthenticationOptions>(o => o.SchemesByPath[WebServiceRoutes.Api] = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);
        services.AddScoped<WsClientService>();
        services.AddSingleton<WsClientDirectory>();
        services.AddSingleton<IStampedCache>(provider => provider.GetRequiredService<WsClientDirectory>());
        services.AddScoped<WsReferenceTables>();
        services.AddScoped<WsUsageReports>();
        services.AddScoped<WsOnboardingService>();
        services.AddWorkflowActivity<WsOnboardingEvent>();
        services.AddWorkflowActivity<IssueWsTrainingCredentialsTask>();
        services.AddWorkflowActivity<IssueWsProductionCredentialsTask>();
        services.AddWorkflowActivity<SetWsAgencyImplementationTask>();
        services.AddWorkflowActivity<WsOnboardingReminderTask>();
        // Counted in Redis when the host has a connection (Redis:Configuration), so all nodes share one limit per client.
        services.AddSingleton(provider => new WsRateLimiter(
            provider.GetService<IConnectionMultiplexer>(), provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<ILogger<WsRateLimiter>>()));
        services.AddSingleton<WsAuditWriter>();
        services.AddHostedService(provider => provider.GetRequiredService<WsAuditWriter>());

        services.AddOpenIddict()
            .AddCore(options =>
            {
                // The stores work on the site's one DbContext (the engine registers DbContext as its scoped context);
                // the entities are in this module's model and migrations (WebServiceModelContributor).
                options.UseEntityFrameworkCore().UseDbContext<DbContext>();
                options.ReplaceApplicationManager(typeof(WsApplicationManager<>));
            })
            .AddServer(options =>
            {
                options.SetTokenEndpointUris(WebServiceRoutes.Token.TrimStart('/'));
                options.AllowClientCredentialsFlow();
                options.RegisterScopes([.. WsScopes.All]);
                options.SetAccessTokenLifetime(TimeSpan.FromMinutes(60));

                // Client credentials need no stored authorization or token rows; revocation is the client's state,
                // checked on every call.
                options.DisableAuthorizationStorage();
                options.DisableTokenStorage();

                // Access tokens are sealed with ASP.NET Core Data Protection, whose key ring the host shares between
                // nodes (Redis when configured): every node validates every node's tokens. OpenIddict still needs
                // signing and encryption keys for JWTs it does not issue here: ephemeral ones (docs/OPERATIONS.md).
                options.UseDataProtection();
                options.AddEphemeralEncryptionKey().AddEphemeralSigningKey();

                options.UseAspNetCore().EnableTokenEndpointPassthrough();
                options.AddEventHandler(WsTokenStartHandler.Descriptor);
                options.AddEventHandler(WsTokenRequestGate.Descriptor);
                options.AddEventHandler(WsTokenAudit.Descriptor);
            })
            .AddValidation(options =>
            {
                options.UseLocalServer();
                options.UseDataProtection();
                options.UseAspNetCore();
            });

        // HTTPS is required outside Development (a known proxy's X-Forwarded-Proto counts); WebService:RequireHttps overrides.
        services.AddOptions<OpenIddictServerAspNetCoreOptions>().Configure<IConfiguration, IHostEnvironment>((options, configuration, environment) =>
            options.DisableTransportSecurityRequirement = !configuration.GetValue("WebService:RequireHttps", !environment.IsDevelopment()));

        services.AddOptions<RateLimiterOptions>().Configure<IConfiguration>((options, configuration) =>
            options.AddPolicy(WsTokenEndpoint.RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = configuration.GetValue("WebService:TokenRequestsPerMinute", 120), Window = TimeSpan.FromMinutes(1) })));
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => WsApi.Map(endpoints);
}
