using Bkn.Cms.ContentManagement;
using Bkn.Cms.Data;
using Bkn.Cms.Modules;
using Bkn.Cms.Navigation;
using Bkn.Cms.Pkt.Api;
using Bkn.Cms.Pkt.Hubs;
using Bkn.Cms.Pkt.Navigation;
using Bkn.Cms.Pkt.Recipes;
using Bkn.Cms.Pkt.Services;
using Bkn.Cms.Recipes;
using Bkn.Cms.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using RedisBackplaneOptions = Microsoft.AspNetCore.SignalR.StackExchangeRedis.RedisOptions;

namespace Bkn.Cms.Pkt;

/// <summary>Registers what the module adds; everything registered here belongs to its feature and is gated with it.</summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
        services.AddSingleton<IPublicNavigationProvider, PktPublicNavigation>();
        services.AddScoped<IRecipeStep, PktStep>();
        services.AddSingleton<PktOptions>();
        services.AddSingleton<PktGates>();
        services.AddScoped<PktQueue>();
        services.AddScoped<PktAccess>();
        services.AddScoped<PktSurveys>();
        services.AddScoped<PktReports>();
        services.AddScoped<PktAppointments>();
        services.AddScoped<PktSampleHistory>();
        services.AddScoped<PktHelpdesk>();
        services.AddSingleton<IPktNotifier, SignalRPktNotifier>();
        services.AddScoped<IContentHandler, PktNewsHandler>();
        services.AddSingleton<ICommitParticipant, PktNewsCommitParticipant>();

        services.AddSignalR();

        // The display screens may sit on other nodes than the consoles: with Redis configured (Redis:Configuration, the
        // connection the host already opened for data protection and the output cache), calls travel through its
        // pub/sub; without it, the hub stays in memory on this node.
        services.AddSingleton<HubLifetimeManager<PktHub>>(provider =>
        {
            if (provider.GetService<IConnectionMultiplexer>() is { } redis)
            {
                var options = new RedisBackplaneOptions { ConnectionFactory = _ => Task.FromResult(redis) };
                options.Configuration.ChannelPrefix = RedisChannel.Literal("bkn:pkt");
                return ActivatorUtilities.CreateInstance<Microsoft.AspNetCore.SignalR.StackExchangeRedis.RedisHubLifetimeManager<PktHub>>(provider, Options.Create(options));
            }

            return ActivatorUtilities.CreateInstance<DefaultHubLifetimeManager<PktHub>>(provider);
        });
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHub<PktHub>(PktHub.Path).AllowAnonymous();
        PktApi.Map(endpoints);
    }
}
