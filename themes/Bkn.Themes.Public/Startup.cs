using Bkn.Cms.Modules;
using Bkn.Cms.Navigation;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Themes.Public;

public sealed class Startup : ModuleStartup
{
    // Registered by factory so the composer itself belongs to no feature; it gates the modules' providers.
    public override void ConfigureServices(IServiceCollection services) =>
        services.AddScoped(sp => ActivatorUtilities.CreateInstance<PublicNavigation>(sp));
}
