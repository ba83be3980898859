using Bkn.Cms.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Hosting;

/// <summary>Runs a startup's ConfigureServices and records which implementation types it registered for its feature.</summary>
internal static class ServiceCollectionTracker
{
    public static void Configure(IServiceCollection services, ModuleStartup startup, string featureId, FeatureServiceMap map)
    {
        var before = services.Count;
        startup.ConfigureServices(services);
        for (var i = before; i < services.Count; i++)
        {
            var descriptor = services[i];
            var type = descriptor.IsKeyedService
                ? descriptor.KeyedImplementationType ?? descriptor.KeyedImplementationInstance?.GetType()
                : descriptor.ImplementationType ?? descriptor.ImplementationInstance?.GetType();
            if (type is not null)
            {
                map.Add(type, featureId);
            }
        }
    }
}
