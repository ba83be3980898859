using Bkn.Cms.Media.Services;
using Bkn.Cms.Modules;
using Bkn.Cms.Navigation;
using Bkn.Cms.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Media;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
        services.AddScoped<MediaLibrary>();
        services.AddScoped<IMediaLibrary, MediaLibrary>();
        services.AddScoped<Bkn.Cms.Recipes.IRecipeStep, Recipes.MediaSampleStep>();
    }
}
